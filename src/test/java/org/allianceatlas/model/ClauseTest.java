package org.allianceatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ClauseTest {

    private static Clause aachen(PartialDate inForce, PartialDate end) {
        return new Clause("aachen-2019", "Treaty of Aachen", List.of("FRA", "DEU"), TieType.MUTUAL_DEFENCE,
                PartialDate.of(2019, 1, 22), inForce, end, "Art. 4(1)", true, null,
                List.of(Source.of("Treaty", "https://example.org/aachen")), null, false);
    }

    @Test
    void countsFromSignatureOrFromEntryIntoForceAsAsked() {
        var clause = aachen(PartialDate.of(2020, 1, 22), null);
        assertTrue(clause.activeIn(2019, DateBasis.SIGNATURE));
        assertFalse(clause.activeIn(2019, DateBasis.ENTRY_INTO_FORCE));
        assertTrue(clause.activeIn(2020, DateBasis.ENTRY_INTO_FORCE));
    }

    @Test
    void aClauseNeverInForceHasNoSpanCountedFromEntryIntoForce() {
        var clause = aachen(null, null);
        assertEquals(Optional.empty(), clause.span(DateBasis.ENTRY_INTO_FORCE));
        assertFalse(clause.activeIn(2030, DateBasis.ENTRY_INTO_FORCE));
        assertTrue(clause.activeIn(2030, DateBasis.SIGNATURE));
    }

    @Test
    void anEndedClauseEndsOnEitherBasis() {
        var clause = aachen(PartialDate.ofYear(2020), PartialDate.ofYear(2025));
        assertTrue(clause.activeIn(2024, DateBasis.SIGNATURE));
        assertFalse(clause.activeIn(2025, DateBasis.SIGNATURE));
        assertFalse(clause.activeIn(2025, DateBasis.ENTRY_INTO_FORCE));
    }

    @Test
    void identityIsTheId() {
        var a = aachen(null, null);
        var b = aachen(PartialDate.ofYear(2020), PartialDate.ofYear(2030));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void itsListsAreCopies() {
        var parties = new ArrayList<>(List.of("FRA", "DEU"));
        var clause = new Clause("x", "x", parties, TieType.CONSULTATION, PartialDate.ofYear(2000), null, null, null,
                false, null, List.of(), null, false);
        parties.add("ITA");
        assertEquals(List.of("FRA", "DEU"), clause.parties());
        assertThrows(UnsupportedOperationException.class, () -> clause.parties().add("ITA"));
    }
}
