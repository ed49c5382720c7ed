package org.allianceatlas.model;

/** A state's role in an organisation. */
public enum Role implements Keyed {
    MEMBER, FOUNDER, LEAD, CO_LEAD, PARTICIPANT, PARTNER, ASSOCIATE, OBSERVER, BENEFICIARY;

    public String label() {
        return key().replace('_', '-');
    }
}
