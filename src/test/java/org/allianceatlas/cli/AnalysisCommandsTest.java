package org.allianceatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * metrics, blocs, path and diff, in-process, on the io test's valid fixture: NATO (FRA, GBR, USA 1949, TUR 1952, DEU
 * 1955, SWE 2024), EU (FRA, DEU, GBR to 2020-01-31, SWE 1995), the Warsaw Pact (SUN), Aachen (FRA–DEU) and an arms
 * transfer TUR → UKR (2019).
 */
class AnalysisCommandsTest {

    private static final String VALID = path("/org/allianceatlas/io/valid");

    private static String path(String resource) {
        try {
            return Path.of(AnalysisCommandsTest.class.getResource(resource).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        var all = new ArrayList<>(List.of("--only", VALID));
        all.addAll(List.of(args));
        var out = new StringWriter();
        var err = new StringWriter();
        int code = AtlasCli.execute(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void diffListsWhatChangedByYear() {
        var r = run("diff", "--from", "2019", "--to", "2024");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("2020 — GBR left eu\n2024 — SWE joined nato\n", r.out());
    }

    @Test
    void diffWithFiltersAndWithoutChanges() {
        assertEquals("2024 — SWE joined nato\n", run("diff", "--from", "2019", "--to", "2024", "--org", "nato").out());
        assertEquals("No changes between 2021 and 2022.\n", run("diff", "--from", "2021", "--to", "2022").out());
    }

    @Test
    void diffNeedsBothYears() {
        var r = run("diff", "--from", "2019");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--to"), r.err());
    }

    @Test
    void pathExplainsEachHop() {
        // UKR is tied to TUR only (arms transfer); TUR reaches USA through NATO.
        var r = run("path", "UKR", "USA", "--year", "2024");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("UKR to USA in 2024: 2 steps: UKR → TUR → USA\n"
                + "path 1: UKR → TUR → USA\n"
                + "  UKR – TUR (via tur-ukr-bayraktar-2019)\n"
                + "  TUR – USA (via nato)\n", r.out());
    }

    @Test
    void noPathIsStatedPlainlyAndIsNotAnError() {
        var r = run("path", "SUN", "USA", "--year", "1990");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("No path: in 1990 no chain"), r.out());
    }

    @Test
    void unknownStateIsAnInputProblemWithASuggestion() {
        var r = run("path", "SWD", "USA", "--year", "2024");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("unknown state 'SWD'") && r.err().contains("SWE"), r.err());
    }

    @Test
    void metricsCsvHasEveryVisibleVertexSortedByDegree() {
        var r = run("metrics", "--year", "2024", "--format", "csv");
        assertEquals(0, r.exitCode(), r.err());
        var lines = r.out().split("\r\n");
        // 2024: FRA GBR USA TUR DEU SWE UKR, nato, eu → 9 rows; nato has six members, the highest degree.
        assertEquals(1 + 9, lines.length);
        assertTrue(lines[1].startsWith("nato,North Atlantic Treaty Organization,organisation,6,"), lines[1]);
    }

    @Test
    void metricsJsonParsesAndSaysWhichGraphEachMetricUses() throws Exception {
        var r = run("metrics", "--year", "2024", "--format", "json", "--top", "3");
        var json = new ObjectMapper().readTree(r.out());
        assertEquals(2024, json.get("year").asInt());
        assertEquals(3, json.get("rows").size());
        assertEquals("state–state projection", json.get("metrics").get(2).get("graph").asText());
        assertTrue(json.get("rows").get(0).get("betweenness").isNull(), "projection metrics do not apply to nato");
    }

    @Test
    void metricsRejectsAnUnknownMetricAsBadUsage() {
        assertEquals(2, run("metrics", "--sort", "fame").exitCode());
        assertEquals(1, run("metrics", "--org", "natoo").exitCode());
    }

    @Test
    void blocsFindTheNatoCliqueAndTheTurkishBridgeToUkraine() {
        var r = run("blocs", "--year", "2024");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("  1. [6] DEU FRA GBR SWE TUR USA\n"), r.out());
        assertTrue(r.out().contains("Cut-points: ") && r.out().contains("\n  TUR\n"), r.out());
        assertTrue(r.out().contains("  TUR – UKR (via tur-ukr-bayraktar-2019)"), r.out());
    }
}
