package org.allianceatlas.ui.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.allianceatlas.export.render.Drawable;
import org.allianceatlas.export.render.Scene;
import org.allianceatlas.graph.ClauseTie;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.MembershipTie;
import org.allianceatlas.model.DateBasis;
import org.allianceatlas.model.Region;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.ui.details.Details.Entry;
import org.allianceatlas.ui.details.Details.Section;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DetailsViewModelTest {

    private static AtlasService service;

    private final DetailsViewModel vm = new DetailsViewModel(service);

    @BeforeAll
    static void load() {
        service = new AtlasService();
        var result = service.loadShippedAnd(List.of());
        assertTrue(result.usable(), result.report()::format);
    }

    private void showYear(int year) {
        vm.setView(service.filter(FilterCriteria.forYear(year)));
    }

    private Section section(String headingStart) {
        return vm.details().sections().stream().filter(s -> s.heading().startsWith(headingStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + headingStart + " in\n" + vm.details()
                        .plainText()));
    }

    private static Entry entry(Section s, String textStart) {
        return s.entries().stream().filter(e -> e.text().startsWith(textStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + textStart + " in " + s));
    }

    @Test
    void nothingSelectedSaysHowToSelect() {
        showYear(2024);
        assertSame(DetailsViewModel.NOTHING, vm.details());
    }

    @Test
    void aLineOfSharedMembershipsNamesWhatTheTwoStatesShare() {
        var d = service.dataset();
        var fra = d.state("FRA").orElseThrow();
        var deu = d.state("DEU").orElseThrow();
        var shared = List.of(d.organisation("nato").orElseThrow(), d.organisation("eu").orElseThrow());
        var line = new Scene.TieLine(null, shared, fra, deu, Drawable.Line.straight(0, 0, 1, 1,
                org.allianceatlas.export.style.Rgb.hex("#000000"), 1, List.of()), 1, Scene.Emphasis.NORMAL);
        showYear(2024);
        vm.select(line);
        assertEquals("France – Germany", vm.details().title());
        var section = section("Both are members of (2)");
        entry(section, "NATO");
        entry(section, "EU");
    }

    @Test
    void swedensNatoMembershipHasRoleDatesAndALinkedSourceFrom2024() {
        vm.select(service.dataset().state("SWE").orElseThrow());
        showYear(2024);
        var d = vm.details();
        assertEquals("Sweden (SWE)", d.title());
        assertEquals("Northern Europe · capital Stockholm", d.subtitle());
        var nato = entry(section("Memberships in 2024"), "NATO — North Atlantic Treaty Organization");
        assertEquals("member · 2024-03-07 – open", nato.secondary());
        assertFalse(nato.sources().isEmpty());
        assertTrue(nato.sources().stream().allMatch(l -> l.url() == null || l.url().startsWith("http")));

        showYear(2023);
        assertTrue(section("Memberships in 2023").entries().stream()
                .noneMatch(e -> e.text().startsWith("NATO —")));
    }

    @Test
    void greecesClausesNameTheOtherPartyTheArticleAndWhetherBinding() {
        vm.select(service.dataset().state("GRC").orElseThrow());
        showYear(2024);
        var clauses = section("Clauses in force in 2024 (from signature)");
        var france = clauses.entries().stream().filter(e -> e.text().endsWith("Article 2")).findFirst()
                .orElseThrow(() -> new AssertionError(clauses.toString()));
        assertTrue(france.secondary().startsWith("Mutual defence · with France · signed 2021-09-28"),
                france.secondary());
        assertTrue(france.secondary().endsWith("· binding"), france.secondary());
        assertTrue(clauses.entries().stream().anyMatch(e -> e.secondary().contains("with Cyprus, Egypt")
                && e.secondary().endsWith("· political")), clauses.toString());
    }

    @Test
    void entryIntoForceBasisDropsClausesNotYetInForce() {
        vm.select(service.dataset().state("GRC").orElseThrow());
        vm.setView(service.filter(FilterCriteria.forYear(2021)));
        assertTrue(vm.details().plainText().contains("Article 2"));
        vm.setView(service.filter(FilterCriteria.forYear(2021).withBasis(DateBasis.ENTRY_INTO_FORCE)));
        assertFalse(vm.details().plainText().contains("Article 2"), "France–Greece entered into force in 2022");
        assertTrue(section("Clauses in force in 2021 (from entry into force)").heading().endsWith(")"));
    }

    @Test
    void aSuppliersClauseSaysToWhom() {
        vm.select(service.dataset().state("SWE").orElseThrow());
        showYear(2024);
        var clauses = section("Clauses in force in 2024");
        assertTrue(clauses.entries().stream().anyMatch(e -> e.secondary().contains("supplier to Ukraine")),
                clauses.toString());
    }

    @Test
    void natoIn2024HasItsMembersFoundingAndKind() {
        vm.select(service.dataset().organisation("nato").orElseThrow());
        showYear(2024);
        var d = vm.details();
        assertEquals("NATO — North Atlantic Treaty Organization", d.title());
        assertEquals("Alliance · founded 1949-04-04", d.subtitle());
        var members = section("Members in 2024");
        assertEquals(service.members("nato", 2024).spells().size(), members.entries().size());
        assertEquals("Sweden (SWE)", entry(members, "Sweden").text());
        assertTrue(section("About").entries().stream().anyMatch(e -> e.text().startsWith("Membership carries: "
                + "Mutual defence")));
    }

    @Test
    void aDissolvedOrganisationSaysSoAndHasNoMembers() {
        vm.select(service.dataset().organisation("warsaw-pact").orElseThrow());
        showYear(2000);
        var d = vm.details();
        assertTrue(d.notice().endsWith("does not exist in 2000."), d.notice());
        assertTrue(d.subtitle().contains("dissolved 1991-07-01"), d.subtitle());
        assertEquals("No members in 2000.", section("Members in 2000").empty());
        assertTrue(section("Members in 2000").entries().isEmpty());
    }

    @Test
    void aStateHiddenByTheFiltersIsNotedAsNotDrawn() {
        vm.select(service.dataset().state("GRC").orElseThrow());
        vm.setView(service.filter(FilterCriteria.forYear(2024).withRegions(List.of(Region.ASIA))));
        assertEquals("Not drawn with the current filters.", vm.details().notice());
        assertFalse(section("Memberships in 2024").entries().isEmpty(), "facts do not depend on the filters");
    }

    @Test
    void aClauseTieShowsPartiesDirectionDatesAndBindingness() {
        var view = service.filter(FilterCriteria.forYear(2024));
        var tie = view.clauseTies().stream().filter(t -> t.clause().id().equals("swe-ukr-2024")).findFirst()
                .map(ClauseTie.class::cast).orElseThrow();
        vm.setView(view);
        vm.select(tie);
        var text = vm.details().plainText();
        assertTrue(text.startsWith(tie.clause().name() + "\nSecurity assistance"), text);
        assertTrue(text.contains("Parties: Sweden (SWE), Ukraine (UKR)"), text);
        assertTrue(text.contains("Direction: Sweden → Ukraine"), text);
        assertTrue(text.contains("signed 2024-05-31"), text);
        assertTrue(text.contains("Political: a declaration, not binding"), text);
        assertTrue(text.contains("In force in 2024"), text);
    }

    @Test
    void aMembershipTieShowsRoleAndObligations() {
        var view = service.filter(FilterCriteria.forYear(2024));
        var tie = view.membershipTies().stream().filter(t -> t.membership().stateId().equals("SWE")
                && t.organisation().id().equals("nato")).findFirst().map(MembershipTie.class::cast).orElseThrow();
        vm.setView(view);
        vm.select(tie);
        var d = vm.details();
        assertEquals("Sweden in NATO", d.title());
        var text = d.plainText();
        assertTrue(text.contains("Role: member"), text);
        assertTrue(text.contains("In force 2024-03-07 – open"), text);
        assertTrue(text.contains("Source: "), text);
    }

    /** The EDA's founding act is cited by a full reference that starts with its title: the panel says it once. */
    private static final String EDA_ACT = "Council Joint Action 2004/551/CFSP of 12 July 2004 on the establishment of"
            + " the European Defence Agency";

    @Test
    void theEdasSourceIsCitedOnceForTheAgencyAndForAMembersMembership() {
        showYear(2024);
        vm.select(service.dataset().organisation("eda").orElseThrow());
        assertEquals(1, occurrences(vm.details().plainText(), EDA_ACT), vm.details().plainText());
        var sources = entry(section("About"), "Sources").sources();
        assertTrue(sources.stream().anyMatch(l -> l.url() == null && l.label().startsWith(EDA_ACT)
                && l.label().contains("Official Journal of the European Union L 245")), sources.toString());

        var view = service.filter(FilterCriteria.forYear(2024));
        var austria = view.membershipTies().stream().filter(t -> t.membership().stateId().equals("AUT")
                && t.organisation().id().equals("eda")).findFirst().orElseThrow();
        vm.select(austria);
        assertEquals(1, occurrences(vm.details().plainText(), EDA_ACT), vm.details().plainText());
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    @Test
    void somethingThatIsNeitherActorNorTieSelectsNothing() {
        showYear(2024);
        vm.select("GRC");
        assertSame(DetailsViewModel.NOTHING, vm.details());
    }
}
