package org.allianceatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class YearSpanTest {

    private static YearSpan span(String start, String end) {
        return new YearSpan(PartialDate.parse(start), end == null ? null : PartialDate.parse(end));
    }

    @Test
    void spanIsInForceAsOfThirtyFirstDecember() {
        var swedenInNato = span("2024-03-07", null);
        assertFalse(swedenInNato.activeIn(2023));
        assertTrue(swedenInNato.activeIn(2024));
        var ukInEu = span("1973-01-01", "2020-01-31");
        assertTrue(ukInEu.activeIn(2019));
        assertFalse(ukInEu.activeIn(2020));
        assertEquals(2019, ukInEu.lastYear());
    }

    @Test
    void partialDatesParseAndPrintAtTheirPrecision() {
        assertEquals("2019", PartialDate.parse("2019").toString());
        assertEquals("2019-01", PartialDate.parse("2019-01").toString());
        assertEquals("2019-01-22", PartialDate.parse("2019-01-22").toString());
        assertTrue(PartialDate.parse("2019").compareTo(PartialDate.parse("2019-01-01")) < 0);
    }

    @Test
    void impossibleDatesAreRejectedWithAReason() {
        var e = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2021-02-30"));
        assertTrue(e.getMessage().contains("2021-02-30"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2021-13"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("21-01-01"));
    }

    @Test
    void overlapAndContainmentRespectExclusiveEnds() {
        assertFalse(span("1990", "2000").overlaps(span("2000", null)));
        assertTrue(span("1990", "2001").overlaps(span("2000", null)));
        assertTrue(span("1949-04-04", null).contains(span("1949-08-24", null)));
        assertFalse(span("1955-05-14", "1991-07-01").contains(span("1955-05-14", "1992")));
        assertTrue(span("2017-12-11", null).contains(span("2017", null)));
    }
}
