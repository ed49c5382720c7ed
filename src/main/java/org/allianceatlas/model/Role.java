package org.allianceatlas.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * A state's role in an organisation.
 *
 * <p><b>Full members</b> ({@link #isFull()}) are the states that belong to the organisation: {@code member},
 * {@code founder}, {@code lead}, {@code co_lead}, and {@code participant} — a state taking part in a coalition or
 * format that has no formal membership (the UDCG, NSATU, the capability coalitions, the Coalition of the Willing),
 * where taking part is what belonging means. The other roles stand beside the organisation without belonging to it:
 * {@code partner}, {@code associate}, {@code observer} (Mongolia in the SCO) and {@code beneficiary} (Ukraine in
 * NSATU, South Vietnam under the Manila Pact). Listings of an organisation's members ({@code members ORG}) show full
 * members unless asked for more.
 */
public enum Role implements Keyed {
    MEMBER, FOUNDER, LEAD, CO_LEAD, PARTICIPANT, PARTNER, ASSOCIATE, OBSERVER, BENEFICIARY;

    private static final Set<Role> FULL = EnumSet.of(MEMBER, FOUNDER, LEAD, CO_LEAD, PARTICIPANT);

    public String label() {
        return key().replace('_', '-');
    }

    /** True when a state in this role belongs to the organisation (see the class comment). */
    public boolean isFull() {
        return FULL.contains(this);
    }

    /** The full-member roles, in declaration order. */
    public static Set<Role> full() {
        return EnumSet.copyOf(FULL);
    }
}
