package org.allianceatlas.model;

/** What sort of body an organisation is. */
public enum OrganisationKind implements Keyed {
    ALLIANCE, UNION, REGIONAL_ORGANISATION, INTERNATIONAL_ORGANISATION, COALITION, FORMAT, COMMAND, INITIATIVE,
    PARTNERSHIP, CENTRE;

    public String label() {
        var s = key().replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
