package org.allianceatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CommunityNumberingTest {

    @Test
    void aFirstViewIsNumberedBySize() {
        assertEquals(List.of(1, 2, 3), CommunityNumbering.follow(List.of(List.of("A", "B", "C"), List.of("D", "E"),
                List.of("F")), Map.of()));
    }

    @Test
    void aCommunityThatOvertakesAnotherInSizeKeepsItsNumber() {
        // Last year: west (A–D) was 1, east (E–G) 2. This year east grew past west.
        var previous = Map.of("A", 1, "B", 1, "C", 1, "D", 1, "E", 2, "F", 2, "G", 2);
        var thisYear = List.of(List.of("E", "F", "G", "H", "I"), List.of("A", "B", "C"));
        assertEquals(List.of(2, 1), CommunityNumbering.follow(thisYear, previous));
    }

    @Test
    void aNewCommunityTakesTheSmallestFreeNumberAndASplitKeepsItForTheLargerPart() {
        var previous = Map.of("A", 1, "B", 1, "C", 1, "D", 1, "E", 2, "F", 2);
        // West split into A–C and D; east is gone; X–Y are new.
        var thisYear = List.of(List.of("A", "B", "C"), List.of("X", "Y"), List.of("D"));
        assertEquals(List.of(1, 2, 3), CommunityNumbering.follow(thisYear, previous));
        var swapped = List.of(List.of("X", "Y", "Z"), List.of("E", "F"), List.of("A", "B"));
        assertEquals(List.of(3, 2, 1), CommunityNumbering.follow(swapped, previous));
    }
}
