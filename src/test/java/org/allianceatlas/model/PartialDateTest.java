package org.allianceatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void aDateOfYearOrMonthPrecisionStartsOnItsFirstDay() {
        assertEquals(LocalDate.of(2019, 1, 1), PartialDate.parse("2019").firstDay());
        assertEquals(LocalDate.of(2019, 3, 1), PartialDate.parse("2019-03").firstDay());
        assertEquals(LocalDate.of(2019, 3, 22), PartialDate.parse("2019-03-22").firstDay());
    }

    @Test
    void lessPreciseDatesSortBeforeMorePreciseOnesOfTheSameFirstDay() {
        var dates = new ArrayList<>(List.of(PartialDate.parse("2019-01-01"), PartialDate.parse("2018-12-31"),
                PartialDate.parse("2019-01"), PartialDate.parse("2019")));
        Collections.shuffle(dates, new Random(7));
        Collections.sort(dates);
        assertEquals(List.of("2018-12-31", "2019", "2019-01", "2019-01-01"),
                dates.stream().map(PartialDate::toString).toList());
    }

    @Test
    void whiteSpaceAroundADateIsIgnored() {
        assertEquals(PartialDate.of(2024, 3, 7), PartialDate.parse(" 2024-03-07\n"));
    }

    @Test
    void aMonthIsKnownOnlyWhenWritten() {
        assertFalse(PartialDate.parse("1949").hasMonth());
        assertTrue(PartialDate.parse("1949-04").hasMonth());
    }

    @Test
    void malformedTextSaysWhatToWrite() {
        for (var text : new String[] {"", "49", "1949-4", "1949/04/04", "04-04-1949", "1949-04-04T00:00"}) {
            var e = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text), text);
            assertTrue(e.getMessage().contains("YYYY, YYYY-MM or YYYY-MM-DD"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(null));
    }

    @Test
    void impossibleDaysAndMonthsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2023-02-29"));
        assertEquals(LocalDate.of(2024, 2, 29), PartialDate.parse("2024-02-29").firstDay());
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2024-13"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("0000"));
        assertThrows(IllegalArgumentException.class, () -> new PartialDate(2024, 0, 5), "a day needs a month");
    }
}
