package org.allianceatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class KeyedTest {

    @Test
    void aKeyIsTheLowerCaseConstantName() {
        assertEquals("mutual_defence", TieType.MUTUAL_DEFENCE.key());
        assertEquals("entry_into_force", DateBasis.ENTRY_INTO_FORCE.key());
    }

    @Test
    void lookUpIgnoresCaseWhiteSpaceAndAcceptsHyphens() {
        assertEquals(Optional.of(TieType.MUTUAL_DEFENCE), Keyed.fromKey(TieType.class, "mutual_defence"));
        assertEquals(Optional.of(TieType.MUTUAL_DEFENCE), Keyed.fromKey(TieType.class, " Mutual-Defence "));
        assertTrue(Keyed.fromKey(TieType.class, "mutual defence").isEmpty());
        assertTrue(Keyed.fromKey(TieType.class, null).isEmpty());
    }

    @Test
    void theAllowedKeysAreListedInDeclarationOrder() {
        assertEquals("signature, entry_into_force", Keyed.allowedKeys(DateBasis.class));
    }
}
