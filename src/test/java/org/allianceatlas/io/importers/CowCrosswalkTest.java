package org.allianceatlas.io.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.allianceatlas.io.DataInput;
import org.allianceatlas.io.DatasetLoader;
import org.allianceatlas.io.Problem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CowCrosswalkTest {

    /** The last year of the State System Membership List v2016, which the shipped crosswalk follows. */
    private static final int LAST_YEAR = 2016;

    /** The small fixture the importer tests use. */
    @Nested
    class Fixture {

        private final CowCrosswalk crosswalk = ImportFixtures.crosswalk();

        @Test
        void code365IsTheSovietUnionUntil1990AndRussiaAfter() {
            assertEquals("SUN", crosswalk.lookup(365, 1950).orElseThrow().iso3());
            assertEquals("RUS", crosswalk.lookup(365, 1995).orElseThrow().iso3());
        }

        @Test
        void bothGermanCodesMapToDeuAndEastGermanyToDdr() {
            assertEquals("DEU", crosswalk.lookup(255, 1900).orElseThrow().iso3());
            assertEquals("DEU", crosswalk.lookup(260, 1960).orElseThrow().iso3());
            assertEquals("DDR", crosswalk.lookup(265, 1960).orElseThrow().iso3());
        }

        @Test
        void aCodeOutsideItsYearsMapsToTheNearestSpanWithAWarning() {
            var france1943 = crosswalk.lookup(220, 1943).orElseThrow();
            assertEquals("FRA", france1943.iso3());
            assertNotNull(france1943.warning());
            assertNull(crosswalk.lookup(220, 1950).orElseThrow().warning());
            assertTrue(crosswalk.lookup(999, 1950).isEmpty());
        }

        @Test
        void aMalformedRowOfTheCrosswalkIsLeftOutAndReportedAtItsColumn() {
            var bad = CowCrosswalk.parse(CsvTable.parse(String.join("\n",
                    "cow_code,cow_abbrev,cow_name,iso3,valid_from,valid_to,note",
                    "2,USA,United States of America,USA,1816,19x6,",
                    "200,UKG,United Kingdom,gb,1816,,",
                    "380,SWD,Sweden,SWE,1816,,").getBytes(StandardCharsets.UTF_8), "cw.csv"));
            assertEquals(List.of("cw.csv:2:41: error: column valid_to must be a whole number, not '19x6'; the row is "
                    + "skipped", "cw.csv:3:24: error: column iso3 must be three capital letters (an ISO 3166 code or a "
                    + "project code starting with X), not 'gb'; the row is skipped"),
                    bad.problems().stream().map(Problem::format).toList());
            assertTrue(bad.lookup(2, 1900).isEmpty(), "not imported with an open end");
            assertEquals("SWE", bad.lookup(380, 1900).orElseThrow().iso3());
        }

        /** A fixture that disagrees with the real crosswalk (267 as Bavaria, say) tests the wrong thing. */
        @Test
        void everyFixtureRowSaysWhatTheShippedCrosswalkSays() {
            var shipped = CowCrosswalk.shipped();
            var wrong = new ArrayList<String>();
            for (var e : crosswalk.entries()) {
                for (int year = e.from(); year <= Math.min(e.to(), LAST_YEAR); year++) {
                    var real = shipped.lookup(e.code(), year);
                    if (real.isEmpty() || !real.get().iso3().equals(e.iso3()) || real.get().warning() != null) {
                        wrong.add(e.code() + " in " + year + ": fixture " + e.iso3() + ", shipped "
                                + real.map(CowCrosswalk.Lookup::iso3).orElse("nothing"));
                        break;
                    }
                }
            }
            assertEquals(List.of(), wrong);
        }
    }

    /** {@code data/crosswalk/cow-states.csv} against what its README documents. */
    @Nested
    class Shipped {

        private final CowCrosswalk crosswalk = CowCrosswalk.shipped();

        private String iso(int code, int year) {
            var found = crosswalk.lookup(code, year).orElseThrow(() -> new AssertionError("no " + code));
            assertNull(found.warning(), code + " in " + year + " should be in the state system");
            return found.iso3();
        }

        private void outOfTheSystem(int code, int year, String nearest) {
            var found = crosswalk.lookup(code, year).orElseThrow();
            assertEquals(nearest, found.iso3());
            assertNotNull(found.warning(), code + " in " + year + " should be out of the state system");
        }

        @Test
        void readsWithoutProblemsOneRowPerSpell() {
            assertEquals(List.of(), crosswalk.problems());
            // 243 spells of the v2016 list, plus the splits of 365 (3 rows for 1 spell) and 345 (5 rows for 2).
            assertEquals(248, crosswalk.entries().size());
            assertEquals(217, crosswalk.entries().stream().map(CowCrosswalk.Entry::code).distinct().count());
        }

        @Test
        void everyCodeAndYearHasExactlyOneId() {
            var byCode = crosswalk.entries().stream().collect(Collectors.groupingBy(CowCrosswalk.Entry::code));
            var overlaps = new ArrayList<String>();
            byCode.forEach((code, entries) -> {
                for (int year = 1816; year <= LAST_YEAR; year++) {
                    int y = year;
                    var covering = entries.stream().filter(e -> e.covers(y)).map(CowCrosswalk.Entry::iso3).toList();
                    if (covering.size() > 1) {
                        overlaps.add(code + " in " + y + ": " + covering);
                    }
                }
            });
            assertEquals(List.of(), overlaps);
        }

        @Test
        void code365IsRussiaTheSovietUnionFrom1922AndRussiaAgainFrom1991() {
            assertEquals("RUS", iso(365, 1816));
            assertEquals("RUS", iso(365, 1921));
            assertEquals("SUN", iso(365, 1922));
            assertEquals("SUN", iso(365, 1990));
            assertEquals("RUS", iso(365, 1991));
            assertEquals("RUS", iso(365, 2014));
        }

        @Test
        void code345IsSerbiaYugoslaviaSerbiaAndMontenegroThenSerbia() {
            assertEquals("SRB", iso(345, 1878));
            assertEquals("SRB", iso(345, 1917));
            assertEquals("YUG", iso(345, 1918));
            assertEquals("YUG", iso(345, 1941));
            outOfTheSystem(345, 1942, "YUG");
            assertEquals("YUG", iso(345, 1944));
            assertEquals("YUG", iso(345, 1991));
            assertEquals("SCG", iso(345, 1992));
            assertEquals("SCG", iso(345, 2005));
            assertEquals("SRB", iso(345, 2006));
        }

        @Test
        void prussiaGermanyAndWestGermanyAreAllDeuAndEastGermanyIsDdr() {
            assertEquals("DEU", iso(255, 1816));
            assertEquals("DEU", iso(255, 1945));
            outOfTheSystem(255, 1960, "DEU");
            assertEquals("DEU", iso(255, 1990));
            assertEquals("DEU", iso(260, 1955));
            assertEquals("DEU", iso(260, 1990));
            outOfTheSystem(260, 1991, "DEU");
            assertEquals("DDR", iso(265, 1954));
            assertEquals("DDR", iso(265, 1990));
            outOfTheSystem(265, 1991, "DDR");
        }

        @Test
        void austriaHungaryIsAutUntil1918AndAustriaHasItsOwnCode() {
            assertEquals("AUT", iso(300, 1816));
            assertEquals("AUT", iso(300, 1918));
            outOfTheSystem(300, 1919, "AUT");
            assertEquals("AUT", iso(305, 1919));
            outOfTheSystem(305, 1945, "AUT");
            assertEquals("AUT", iso(305, 1955));
            assertEquals("HUN", iso(310, 1918));
        }

        @Test
        void northVietnamIsVnmAndSouthVietnamTheProjectCodeXsv() {
            assertEquals("VNM", iso(816, 1954));
            assertEquals("VNM", iso(816, 2000));
            assertEquals("XSV", iso(817, 1954));
            assertEquals("XSV", iso(817, 1975));
            outOfTheSystem(817, 1976, "XSV");
        }

        @Test
        void badenIs267AndBavariaIs245() {
            assertEquals("XBD", iso(267, 1850));
            assertEquals("Baden", crosswalk.entry(267).orElseThrow().name());
            assertEquals("XBV", iso(245, 1850));
            assertEquals("Bavaria", crosswalk.entry(245).orElseThrow().name());
        }

        @Test
        void everyProjectCodeOfTheReadmeMapsFromItsCowCode() {
            var readme = new HashMap<Integer, String>();
            readme.put(267, "XBD");
            readme.put(245, "XBV");
            readme.put(240, "XHA");
            readme.put(275, "XHD");
            readme.put(273, "XHK");
            readme.put(730, "XKR");
            readme.put(347, "XKX");
            readme.put(332, "XMO");
            readme.put(280, "XMS");
            readme.put(327, "XPA");
            readme.put(335, "XPR");
            readme.put(817, "XSV");
            readme.put(269, "XSX");
            readme.put(329, "XTS");
            readme.put(337, "XTU");
            readme.put(271, "XWT");
            readme.put(511, "XZN");
            readme.forEach((code, iso) -> assertEquals(Set.of(iso), crosswalk.entries().stream()
                    .filter(e -> e.code() == code).map(CowCrosswalk.Entry::iso3).collect(Collectors.toSet()),
                    "COW " + code));
            var projectCodes = crosswalk.entries().stream().map(CowCrosswalk.Entry::iso3)
                    .filter(iso -> iso.startsWith("X")).collect(Collectors.toSet());
            assertEquals(Set.copyOf(readme.values()), projectCodes, "the README lists every project code");
        }

        @Test
        void everyShippedStateWithACowCodeIsInTheCrosswalkUnderItsId() {
            var loaded = new DatasetLoader().load(DataInput.shipped());
            assertFalse(loaded.report().hasErrors(), loaded.report().format());
            var missing = loaded.dataset().states().stream()
                    .filter(s -> s.cowCode() != null)
                    .filter(s -> crosswalk.entriesFor(s.id()).stream().noneMatch(e -> e.code() == s.cowCode()))
                    .map(s -> s.id() + " (COW " + s.cowCode() + ")")
                    .toList();
            assertEquals(List.of(), missing);
        }
    }
}
