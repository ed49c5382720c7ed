package org.allianceatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void membersFoundersLeadsAndParticipantsAreFullMembers() {
        for (var role : EnumSet.of(Role.MEMBER, Role.FOUNDER, Role.LEAD, Role.CO_LEAD, Role.PARTICIPANT)) {
            assertTrue(role.isFull(), role::key);
        }
    }

    @Test
    void observersPartnersAssociatesAndBeneficiariesAreNot() {
        for (var role : EnumSet.of(Role.OBSERVER, Role.PARTNER, Role.ASSOCIATE, Role.BENEFICIARY)) {
            assertFalse(role.isFull(), role::key);
        }
    }

    @Test
    void fullIsTheSetIsFullDescribes() {
        var expected = EnumSet.noneOf(Role.class);
        for (var role : Role.values()) {
            if (role.isFull()) {
                expected.add(role);
            }
        }
        assertEquals(expected, Role.full());
        Role.full().clear(); // a copy: the rule cannot be changed from outside
        assertEquals(expected, Role.full());
    }
}
