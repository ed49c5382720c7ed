package org.allianceatlas.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.allianceatlas.export.ExportException;
import org.allianceatlas.export.ExportFormat;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.io.DataInput;
import org.allianceatlas.io.DatasetLoader;
import org.allianceatlas.io.importers.DatasetMerger;
import org.allianceatlas.io.importers.ResearchDataset;
import org.allianceatlas.model.DateBasis;
import org.allianceatlas.model.Membership;
import org.allianceatlas.model.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service over the io test's valid dataset, standing in for the shipped data. */
class AtlasServiceTest {

    private AtlasService service;

    static Path resource(String name) {
        try {
            return Path.of(AtlasServiceTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void loadFixture() {
        service = new AtlasService(new DatasetLoader(),
                () -> List.of(DataInput.of(resource("/org/allianceatlas/io/valid"))));
        var result = service.loadShippedAnd(List.of());
        assertTrue(result.report().isEmpty(), result.report()::format);
    }

    @Test
    void serviceIsEmptyBeforeTheFirstLoad() {
        var fresh = new AtlasService(new DatasetLoader(), List::of);
        assertEquals(0, fresh.dataset().size());
        assertEquals(0, fresh.graph().graph().vertexSet().size());
    }

    @Test
    void dataThatWouldMakeMoreTiesThanTheLimitIsRefusedBeforeTheGraphIsBuilt(@TempDir Path dir)
            throws IOException {
        // 250 states and 33 clauses among all of them: 33 × 31,125 ties, over the limit of a million.
        var states = new StringBuilder();
        var parties = new StringBuilder();
        for (int i = 0; i < 250; i++) {
            var id = "" + (char) ('A' + i / 676) + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
            states.append(i == 0 ? "" : ", ").append("{\"id\": \"").append(id).append("\", \"name\": \"S\", "
                    + "\"region\": \"Europe\", \"subregion\": \"Western Europe\", \"lat\": 1, \"lon\": 1}");
            parties.append(i == 0 ? "" : ", ").append('"').append(id).append('"');
        }
        var clauses = new StringBuilder();
        for (int c = 0; c < 33; c++) {
            clauses.append(c == 0 ? "" : ",\n").append("{\"id\": \"c").append(c).append("\", \"name\": \"C\", "
                    + "\"parties\": [").append(parties).append("], \"type\": \"consultation\", \"signed\": "
                    + "\"2000\", \"binding\": false, \"sources\": [{\"title\": \"t\", \"url\": "
                    + "\"https://example.org/\"}]}");
        }
        var file = Files.writeString(dir.resolve("many.json"), "{\"states\": [" + states + "],\n\"clauses\": ["
                + clauses + "]}\n");
        var before = service.dataset();
        var result = service.loadOnly(List.of(DataInput.of(file)));
        assertFalse(result.usable());
        var error = result.report().errors().get(0);
        assertTrue(error.message().contains("1,027,125 ties"), error::format);
        assertTrue(error.message().contains("at most 1,000,000"), error::format);
        assertEquals(before, service.dataset(), "the previous data stays");
    }

    @Test
    void importToFileWritesAFileThatLoadsAndSaysWhatItHolds(@TempDir Path dir) {
        var target = dir.resolve("cow.json");
        var outcome = service.importToFile(new ImportRequest(ResearchDataset.COW,
                List.of(resource("/org/allianceatlas/io/importers/cow-members.csv")), target));
        assertEquals(target, outcome.written(), outcome.report()::format);
        assertEquals(3, outcome.dataset().memberships().size());
        assertTrue(new DatasetLoader().loadPaths(List.of(target)).usable());
    }

    @Test
    void importTooLargeForTheLoaderIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) {
        var small = new AtlasService(new DatasetLoader(2_000),
                () -> List.of(DataInput.of(resource("/org/allianceatlas/io/valid"))));
        var target = dir.resolve("cow.json");
        var outcome = small.importToFile(new ImportRequest(ResearchDataset.COW,
                List.of(resource("/org/allianceatlas/io/importers/cow-members.csv")), target));
        assertNull(outcome.written());
        var error = outcome.report().errors().get(0);
        assertEquals(target.toString(), error.file());
        assertTrue(error.message().contains("over the 2,000 bytes a data file may have"), error::format);
        assertTrue(Files.notExists(target));
    }

    @Test
    void importOverAnExistingFileNeedsOverwriting(@TempDir Path dir) throws IOException {
        var target = Files.writeString(dir.resolve("cow.json"), "mine");
        var request = new ImportRequest(ResearchDataset.COW,
                List.of(resource("/org/allianceatlas/io/importers/cow-members.csv")), target);
        var refused = service.importToFile(request);
        assertNull(refused.written());
        assertTrue(refused.report().errors().get(0).message().contains("--force"), refused.report()::format);
        assertEquals("mine", Files.readString(target));
        assertEquals(target, service.importToFile(request.overwriting(true)).written());
    }

    @Test
    void exportWithoutPositionsLaysOutBuildsAndWritesAndSaysWhatItWrote(@TempDir Path dir) throws Exception {
        var view = service.filter(FilterCriteria.forYear(2024));
        var svg = service.export(view, ExportRequest.of(ExportFormat.SVG, dir.resolve("v.svg")));
        assertEquals(List.of(dir.resolve("v.svg")), svg.files());
        assertTrue(Files.readString(dir.resolve("v.svg")).contains("<circle"), "the states are drawn: laid out");
        assertEquals(view.ties().size(), svg.ties());
        var csv = service.export(view, ExportRequest.of(ExportFormat.CSV, dir.resolve("tables")));
        assertEquals(List.of(dir.resolve("tables/nodes.csv"), dir.resolve("tables/edges.csv")), csv.files());
        assertTrue(csv.describe().startsWith("Wrote the folder " + dir.resolve("tables") + " with nodes.csv and "
                + "edges.csv (csv, 2024: "), csv.describe());
    }

    @Test
    void exportOverAnExistingFileSaysHowToReplaceItInWordsForBothFrontEnds(@TempDir Path dir) throws Exception {
        var target = Files.writeString(dir.resolve("v.svg"), "mine");
        var view = service.filter(FilterCriteria.forYear(2024));
        var e = assertThrows(ExportException.class, () -> service.export(view, ExportRequest.of(ExportFormat.SVG,
                target)));
        assertTrue(e.getMessage().contains("choose to replace it (--force on the command line)"), e.getMessage());
        assertEquals("mine", Files.readString(target));
    }

    @Test
    void loadWithErrorsKeepsThePreviousData() {
        var before = service.dataset();
        var result = service.loadShippedAnd(List.of(DataInput.of(resource("/org/allianceatlas/cli/bad.json"))));
        assertFalse(result.usable());
        assertEquals(before, service.dataset());
        assertEquals(before, service.graph().dataset());
    }

    @Test
    void extraInputsAddToTheShippedDataAndOnlyReplacesIt() {
        var extra = DataInput.of(resource("/org/allianceatlas/cli/extra.json"));
        assertTrue(service.loadShippedAnd(List.of(extra)).usable());
        assertEquals(4, service.dataset().organisations().size());
        assertEquals(8, service.dataset().states().size());
        var onlyExtra = service.loadOnly(List.of(extra));
        assertFalse(onlyExtra.usable(), "the members' states are not defined without the shipped data");
        assertEquals(4, service.dataset().organisations().size(), "previous data kept");
    }

    @Test
    void summaryCountsEverythingOrWhatIsInForce() {
        assertEquals(new Summary(null, 8, 3, 11, 2), service.summary());
        // 2019: SUN and the Warsaw Pact are gone; Sweden is in the EU but not NATO; the UK still in the EU.
        assertEquals(new Summary(2019, 7, 2, 9, 2), service.summary(2019, DateBasis.SIGNATURE));
        // Aachen entered into force in 2020; the TB2 transfer has no entry-into-force date.
        assertEquals(new Summary(2019, 7, 2, 9, 0), service.summary(2019, DateBasis.ENTRY_INTO_FORCE));
        assertEquals(1, service.summary(2020, DateBasis.ENTRY_INTO_FORCE).clauses());
    }

    @Test
    void swedenJoinsNatoIn2024() {
        assertEquals(List.of("DEU", "FRA", "GBR", "TUR", "USA"), service.members("nato", 2023).stateIds());
        assertEquals(List.of("DEU", "FRA", "GBR", "SWE", "TUR", "USA"), service.members("nato", 2024).stateIds());
    }

    @Test
    void unitedKingdomIsInTheEuIn2019NotIn2020() {
        assertTrue(service.members("eu", 2019).stateIds().contains("GBR"));
        assertFalse(service.members("eu", 2020).stateIds().contains("GBR"));
    }

    @Test
    void tiesListMembershipsThenClausesWithTheOtherParties() {
        var ties = service.ties("FRA", 2019, DateBasis.SIGNATURE);
        assertEquals(List.of("eu", "nato"), ties.memberships().stream().map(Membership::organisationId).toList());
        assertEquals(Role.FOUNDER, ties.memberships().get(1).role());
        assertEquals(1, ties.clauses().size());
        var aachen = ties.clauses().get(0);
        assertEquals("aachen-2019", aachen.clause().id());
        assertEquals(List.of("DEU"), aachen.otherParties());
        assertNull(aachen.directedRole());
        assertTrue(service.ties("FRA", 2019, DateBasis.ENTRY_INTO_FORCE).clauses().isEmpty());
    }

    @Test
    void directedClausesSayWhichEndTheStateIs() {
        assertEquals("supplier", service.ties("TUR", 2019, DateBasis.SIGNATURE).clauses().get(0).directedRole());
        assertEquals("recipient", service.ties("UKR", 2019, DateBasis.SIGNATURE).clauses().get(0).directedRole());
    }

    @Test
    void membershipsOfDissolvedOrganisationsAreNotTies() {
        assertEquals(List.of("wp"), service.ties("SUN", 1990, DateBasis.SIGNATURE).memberships().stream()
                .map(Membership::organisationId).toList());
        assertTrue(service.ties("GBR", 2020, DateBasis.SIGNATURE).memberships().stream()
                .noneMatch(m -> m.organisationId().equals("eu")));
    }

    @Test
    void unknownIdsSuggestCloseIdsAndNames() {
        var org = assertThrows(UnknownIdException.class, () -> service.members("natoo", 2024));
        assertEquals("unknown organisation 'natoo' (did you mean nato?)", org.getMessage());
        var byName = assertThrows(UnknownIdException.class, () -> service.ties("Sweden", 2024, DateBasis.SIGNATURE));
        assertEquals(List.of("SWE"), byName.suggestions());
        assertEquals("FRA", service.ties("fra", 2024, DateBasis.SIGNATURE).state().id(), "ids in any case");
        var nothingClose = assertThrows(UnknownIdException.class, () -> service.members("zzzzzz", 2024));
        assertEquals("unknown organisation 'zzzzzz'", nothingClose.getMessage());
    }

    @Test
    void filterGivesAViewOfTheCurrentGraph() {
        var view = service.filter(FilterCriteria.forYear(2024));
        assertTrue(view.vertices().contains(service.dataset().state("SWE").orElseThrow()));
        assertFalse(view.vertices().contains(service.dataset().state("SUN").orElseThrow()));
        assertEquals(service.graph(), view.source());
    }

    @Test
    void researchRowsWithErrorsStopTheLoadUnlessTheyMayBeLeftOut() {
        var before = service.dataset();
        var atop = resource("/org/allianceatlas/io/importers/atop-members.csv");
        var strict = service.loadWithImports(true, List.of(), List.of(atop), DatasetMerger.Precedence.BASE);
        assertFalse(strict.usable());
        assertTrue(strict.onlyRowsSkipped());
        assertEquals(before, service.dataset(), "nothing adopted");

        var skipping = service.loadWithImports(true, List.of(), List.of(atop), DatasetMerger.Precedence.BASE, true);
        assertTrue(skipping.usable(), skipping.report()::format);
        assertEquals(3, skipping.skippedRows().size());
        assertEquals(3, skipping.report().warnings().stream().filter(p -> p.message().endsWith("the row is skipped"))
                .count(), "each left-out row is still reported");
        assertTrue(service.dataset().organisation("atop-2001").isPresent(), "the rest is loaded");
    }
}
