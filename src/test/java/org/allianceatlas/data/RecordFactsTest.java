package org.allianceatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.allianceatlas.model.Clause;
import org.allianceatlas.model.DateBasis;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.Role;
import org.allianceatlas.service.AtlasService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One pinned fact from each family of the record added for issue 15 and the dated names of issue 12: if a data edit
 * drops a treaty, moves a date across a year or loses a participant, these fail with the fact's name.
 */
class RecordFactsTest {

    private static AtlasService service;

    @BeforeAll
    static void load() {
        service = new AtlasService();
        var loaded = service.loadShippedAnd(List.of());
        assertEquals("", loaded.report().format(), "the shipped data must load without any problem");
    }

    private static Clause clause(String id) {
        return service.dataset().clause(id).orElseThrow(() -> new AssertionError("no clause " + id));
    }

    private static Organisation organisation(String id) {
        return service.dataset().organisation(id).orElseThrow(() -> new AssertionError("no organisation " + id));
    }

    @Test
    void turkeyPersiaAndSiamAreNamedAsTheyWereUntilTheirRenaming() {
        var tur = service.dataset().state("TUR").orElseThrow();
        assertEquals("Turkey", tur.nameIn(1952), "NATO's enlargement of 1952");
        assertEquals("Turkey", tur.nameIn(2021));
        assertEquals("Türkiye", tur.nameIn(2022), "the UN has used Türkiye since 1 June 2022");
        var irn = service.dataset().state("IRN").orElseThrow();
        assertEquals("Persia", irn.nameIn(1934));
        assertEquals("Iran", irn.nameIn(1935), "Iran from 21 March 1935");
        var tha = service.dataset().state("THA").orElseThrow();
        assertEquals("Siam", tha.nameIn(1938));
        assertEquals("Thailand", tha.nameIn(1939));
        assertEquals("Siam", tha.nameIn(1947), "Siam again from 1945 to 1949");
        assertEquals("Thailand", tha.nameIn(1954), "SEATO's founding member");
    }

    @Test
    void theSovietCzechoslovakTreatyOf1970IsInForceIn1970AndReplacesThatOf1943() {
        var treaty = clause("sun-csk-1970");
        assertEquals(Set.of("SUN", "CSK"), Set.copyOf(treaty.parties()));
        assertEquals("mutual_defence", treaty.type().key());
        assertTrue(treaty.activeIn(1970, DateBasis.SIGNATURE));
        assertFalse(clause("sun-csk-1943").activeIn(1970, DateBasis.SIGNATURE), "the 1943 treaty was superseded");
        assertTrue(service.ties("CSK", 1970, DateBasis.SIGNATURE).clauses().stream()
                .anyMatch(link -> link.clause().id().equals("sun-csk-1970")));
    }

    @Test
    void franceIsBoundToDefendDjiboutiIn1990ByTheTreatyOf1977() {
        var treaty = clause("fra-dji-1977");
        assertEquals(Set.of("FRA", "DJI"), Set.copyOf(treaty.parties()));
        assertTrue(treaty.activeIn(1990, DateBasis.SIGNATURE));
        assertTrue(treaty.activeIn(1990, DateBasis.ENTRY_INTO_FORCE), "in force from 1982");
        assertFalse(treaty.activeIn(2014, DateBasis.SIGNATURE), "replaced by the treaty of 2011 in force 2014");
        assertTrue(clause("fra-dji-2011").activeIn(2014, DateBasis.ENTRY_INTO_FORCE));
    }

    @Test
    void theCompactOfFreeAssociationTiesPalauToTheUnitedStatesIn2024() {
        var compact = clause("usa-plw-1994");
        assertEquals(Set.of("USA", "PLW"), Set.copyOf(compact.parties()));
        assertTrue(compact.activeIn(2024, DateBasis.ENTRY_INTO_FORCE));
        assertFalse(compact.activeIn(1993, DateBasis.ENTRY_INTO_FORCE), "in force on 1 October 1994");
        for (var id : List.of("usa-fsm-1986", "usa-mhl-1986")) {
            assertTrue(clause(id).activeIn(2024, DateBasis.ENTRY_INTO_FORCE), id);
        }
    }

    @Test
    void polandTookPartInTheCoalitionOfTheWillingFromItsFirstMeetingIn2025() {
        var members = service.members("coalition-of-the-willing", 2025).stateIds();
        assertTrue(members.contains("POL"), members.toString());
        assertTrue(members.containsAll(List.of("EST", "LVA", "JPN", "IRL")), "the Paris meeting of 4 September 2025");
        assertTrue(organisation("coalition-of-the-willing").description().contains("member"),
                "the description says what membership means");
    }

    @ParameterizedTest(name = "the EU's label in {0} is {1}")
    @CsvSource({"1958,EEC", "1966,EEC", "1967,EC", "1992,EC", "1993,EU", "2025,EU"})
    void theEuropeanUnionCarriesTheNameInForceOn31December(int year, String label) {
        assertEquals(label, organisation("eu").shortLabelIn(year));
        assertEquals(label, service.members("eu", year).organisationLabel());
    }

    @Test
    void theBaghdadPactIsNamedAsSuchUntilItBecameCento() {
        var cento = organisation("cento");
        assertTrue(cento.nameIn(1958).startsWith("Baghdad Pact"), cento.nameIn(1958));
        assertEquals("CENTO", cento.shortLabelIn(1959));
        assertEquals("Central Treaty Organization", cento.name(), "the base name stays the last one");
    }

    @Test
    void observersAreListedOnlyWhenAskedFor() {
        var full = service.members("sco", 2010).stateIds();
        assertTrue(full.containsAll(List.of("CHN", "RUS", "KAZ", "KGZ", "TJK", "UZB")), full.toString());
        assertFalse(full.contains("MNG"), "Mongolia is an observer of the SCO");
        assertEquals(List.of("MNG"), service.members("sco", 2010, EnumSet.of(Role.OBSERVER)).stateIds()
                .stream().filter("MNG"::equals).toList());
        assertTrue(service.members("nsatu", 2025, EnumSet.allOf(Role.class)).stateIds().contains("UKR"));
        assertFalse(service.members("nsatu", 2025).stateIds().contains("UKR"), "Ukraine is NSATU's beneficiary");
    }
}
