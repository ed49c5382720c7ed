package org.allianceatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.allianceatlas.analysis.MetricsCalculator;
import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.model.Clause;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.PartialDate;
import org.allianceatlas.model.Region;
import org.allianceatlas.model.State;
import org.allianceatlas.model.Subregion;
import org.allianceatlas.model.TieType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExporterTest {

    @TempDir
    Path dir;

    private static List<CSVRecord> records(Path file) throws Exception {
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
        return format.parse(new StringReader(ExportFixtures.read(file))).getRecords();
    }

    @Test
    void writesNodesAndEdgesWithEveryAttributeIntoAFolder() throws Exception {
        var view = ExportFixtures.view(2024);
        var folder = dir.resolve("alliances");
        new CsvExporter().export(ExportFixtures.job(view, folder, false));
        var nodes = records(folder.resolve(CsvExporter.NODES));
        var edges = records(folder.resolve(CsvExporter.EDGES));
        assertEquals(view.vertices().size(), nodes.size());
        assertEquals(view.ties().size(), edges.size());
        var tur = nodes.stream().filter(r -> r.get("Id").equals("TUR")).findFirst().orElseThrow();
        assertEquals("Türkiye", tur.get("Label"));
        assertEquals("Western Asia", tur.get("subregion"));
        assertFalse(tur.get("x").isEmpty());
        var tb2 = edges.stream().filter(r -> r.get("Id").equals("c:tb2:TUR-UKR")).findFirst().orElseThrow();
        assertEquals("Directed", tb2.get("Type"));
        assertEquals("TUR", tb2.get("Source"));
        assertEquals("arms_transfer", tb2.get("tie_types"));
    }

    @Test
    void quotesAndSeparatorsInNamesSurviveARoundTrip() throws Exception {
        var view = ExportFixtures.view(2024);
        var folder = dir.resolve("out");
        new CsvExporter().export(ExportFixtures.job(view, folder, false));
        var edges = records(folder.resolve(CsvExporter.EDGES));
        assertTrue(edges.stream().anyMatch(r -> r.get("clause_name").equals("Trio consultations, \"informal\"")));
        var nodes = records(folder.resolve(CsvExporter.NODES));
        assertTrue(nodes.stream().anyMatch(r -> r.get("Label").equals("A & B")));
    }

    @Test
    void refusesToOverwriteEitherFileAndWritesNothing() throws Exception {
        var folder = Files.createDirectory(dir.resolve("existing"));
        Files.writeString(folder.resolve(CsvExporter.EDGES), "mine");
        var e = assertThrows(ExportException.class,
                () -> new CsvExporter().export(ExportFixtures.job(ExportFixtures.view(2024), folder, false)));
        assertEquals(ExportException.Reason.EXISTS, e.reason());
        assertFalse(Files.exists(folder.resolve(CsvExporter.NODES)), "nodes.csv is not written either");
        assertEquals("mine", Files.readString(folder.resolve(CsvExporter.EDGES)));
        new CsvExporter().export(ExportFixtures.job(ExportFixtures.view(2024), folder, true));
        assertTrue(Files.readString(folder.resolve(CsvExporter.EDGES)).startsWith("Source,Target,Type,Id,Label"));
    }

    @Test
    void aFileInsteadOfAFolderIsAClearError() throws Exception {
        var file = Files.writeString(dir.resolve("edges.csv"), "x");
        var e = assertThrows(ExportException.class,
                () -> new CsvExporter().export(ExportFixtures.job(ExportFixtures.view(2024), file, true)));
        assertTrue(e.getMessage().contains("folder"), e.getMessage());
    }

    /** A spreadsheet runs a cell that starts with =, +, -, @ (or tab, carriage return) as a formula. */
    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() throws Exception {
        var states = List.of(
                new State("AAA", "=HYPERLINK(\"http://evil.example\",\"x\")", Region.EUROPE,
                        Subregion.WESTERN_EUROPE, null, 10, -77.0369, null, null, null),
                new State("BBB", "@SUM(1+1)", Region.EUROPE, Subregion.WESTERN_EUROPE, null, 11, 2, null, null, null),
                new State("CCC", "-2+3", Region.EUROPE, Subregion.WESTERN_EUROPE, null, 12, 3, null, null, null),
                new State("DDD", "+cmd", Region.EUROPE, Subregion.WESTERN_EUROPE, null, 13, 4, null, null, null));
        var clause = new Clause("c", "\tTab", List.of("AAA", "BBB", "CCC", "DDD"), TieType.CONSULTATION,
                PartialDate.parse("2000"), null, null, null, false, null, ExportFixtures.SRC, null, false);
        var view = new AlignmentGraph(Dataset.of(states, List.of(), List.of(), List.of(clause)))
                .view(FilterCriteria.forYear(2024));
        var folder = dir.resolve("hostile");
        new CsvExporter().export(ExportFixtures.job(view, folder, false));
        var labels = records(folder.resolve(CsvExporter.NODES)).stream().map(r -> r.get("Label")).sorted().toList();
        assertEquals(List.of("'+cmd", "'-2+3", "'=HYPERLINK(\"http://evil.example\",\"x\")", "'@SUM(1+1)"), labels);
        var lons = records(folder.resolve(CsvExporter.NODES)).stream().map(r -> r.get("lon")).toList();
        assertTrue(lons.contains("-77.0369"), "numbers stay numbers: " + lons);
        assertTrue(records(folder.resolve(CsvExporter.EDGES)).stream()
                .allMatch(r -> r.get("clause_name").equals("'\tTab")));
        var metrics = CsvExporter.metrics(new MetricsCalculator().compute(view));
        assertTrue(metrics.contains("AAA,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",state"), metrics);
        assertTrue(metrics.contains("BBB,'@SUM(1+1),state"), metrics);
    }

    @Test
    void metricsCsvHasAHeaderAndOneRowPerVertex() {
        var view = ExportFixtures.view(2024);
        var lines = CsvExporter.metrics(new MetricsCalculator().compute(view)).split("\r\n");
        assertEquals("id,name,kind,degree,weighted_degree,betweenness,closeness,pagerank,eigenvector,clustering,"
                + "coreness", lines[0]);
        assertEquals(1 + view.vertices().size(), lines.length);
    }
}
