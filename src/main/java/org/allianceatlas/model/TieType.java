package org.allianceatlas.model;

/**
 * What a tie obliges or does. The foundation issue's eight types are extended by {@link #OFFENSIVE_PACT} (for
 * ATOP's offense obligation), {@link #DEFENCE_COOPERATION} and {@link #INTELLIGENCE_SHARING} (for formats such as
 * the JEF and Five Eyes); see docs/data-format.md. Declaration order is strength order: the style draws a
 * membership by its organisation's first type.
 */
public enum TieType implements Keyed {
    MUTUAL_DEFENCE("Mutual defence", "an obligation to assist a party that is attacked"),
    OFFENSIVE_PACT("Offensive pact", "a promise to act together against a third party (ATOP's offense obligation)"),
    NON_AGGRESSION("Non-aggression", "a promise not to attack each other"),
    NEUTRALITY("Neutrality", "a promise to stay neutral if a party is attacked"),
    CONSULTATION("Consultation", "an obligation or forum to consult in a crisis"),
    STRATEGIC_PARTNERSHIP("Strategic partnership", "a declared partnership short of an assistance obligation"),
    SECURITY_ASSISTANCE("Security assistance", "training, equipment or funding for a partner's forces"),
    DEFENCE_INDUSTRIAL("Defence-industrial", "joint development, production or procurement"),
    ARMS_TRANSFER("Arms transfer", "a supplier–recipient transfer of major weapons"),
    DEFENCE_COOPERATION("Defence cooperation", "joint forces, exercises or planning without an assistance obligation"),
    INTELLIGENCE_SHARING("Intelligence sharing", "a standing intelligence-sharing arrangement");

    private final String label;
    private final String description;

    TieType(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** True for types whose ties have a supplier and a recipient. */
    public boolean isDirected() {
        return this == ARMS_TRANSFER || this == SECURITY_ASSISTANCE;
    }
}
