package org.allianceatlas.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;

import org.allianceatlas.io.Severity;
import org.allianceatlas.io.importers.CowCrosswalk;
import org.allianceatlas.io.importers.ResearchImport;
import org.allianceatlas.model.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtopCsvGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void defaultFilesHaveAtopScaleAndShape() throws IOException {
        var files = new AtopCsvGenerator().write(dir);
        assertEquals(750, files.alliances());
        assertTrue(files.memberRows() >= 2200 && files.memberRows() <= 2600, files.memberRows() + " member rows");
        double bilateralShare = files.bilateral() / (double) files.alliances();
        assertTrue(bilateralShare > 0.35 && bilateralShare < 0.45, "bilateral share " + bilateralShare);
        assertTrue(files.distinctCodes() >= 200, files.distinctCodes() + " COW codes");

        var rows = Files.readAllLines(files.memberFile());
        assertEquals(AtopCsvGenerator.MEMBER_HEADER, rows.get(0));
        assertEquals(files.memberRows(), rows.size() - 1);
        var fields = rows.stream().skip(1).map(r -> r.split(",")).toList();
        assertTrue(fields.stream().allMatch(f -> year(f[2]) && (f[5].equals("0") || year(f[5]))),
                "every entry year and every non-zero exit year is in 1815-2018");
        assertTrue(fields.stream().anyMatch(f -> f[5].equals("0")), "some memberships are ongoing (0 exit)");
        assertTrue(fields.stream().filter(f -> f[8].equals("2")).count() > 100, "multi-phase members");
        assertEquals(files.alliances() + 1, Files.readAllLines(files.allianceFile()).size());
    }

    @Test
    void sameSeedWritesTheSameBytes() throws IOException {
        var a = new AtopCsvGenerator(50, 7).write(dir.resolve("a"));
        var b = new AtopCsvGenerator(50, 7).write(dir.resolve("b"));
        var c = new AtopCsvGenerator(50, 8).write(dir.resolve("c"));
        assertArrayEquals(Files.readAllBytes(a.memberFile()), Files.readAllBytes(b.memberFile()));
        assertArrayEquals(Files.readAllBytes(a.allianceFile()), Files.readAllBytes(b.allianceFile()));
        assertTrue(!List.of(Files.readAllLines(a.memberFile())).equals(List.of(Files.readAllLines(c.memberFile()))),
                "another seed gives other rows");
    }

    @Test
    void fullScaleFilesImportWithoutErrorsOrUnmappedCodes() {
        var files = new AtopCsvGenerator().write(dir);
        var known = new HashMap<String, State>();
        SyntheticDatasets.shipped().states().forEach(s -> known.put(s.id(), s));
        var result = ResearchImport.importFiles(files.both(), CowCrosswalk.shipped(), known);
        var errors = result.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
        assertEquals(List.of(), errors);
        assertTrue(result.problems().stream().noneMatch(p -> p.message().contains("not in the state system")),
                "every code is valid in its row's year");
        var d = result.dataset();
        long bilateralAlliances = d.clauses().stream().map(c -> c.id().replaceAll("^(atop-\\d+)-.*$", "$1"))
                .distinct().count();
        assertEquals(files.alliances(), d.organisations().size() + bilateralAlliances);
    }

    private static boolean year(String s) {
        int y = Integer.parseInt(s);
        return y >= AtopCsvGenerator.FIRST_YEAR && y <= AtopCsvGenerator.LAST_YEAR;
    }
}
