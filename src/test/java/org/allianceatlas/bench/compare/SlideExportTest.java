package org.allianceatlas.bench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.allianceatlas.cli.AtlasCli;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The comparison times our export in parts ({@link SlideExport}) and must measure exactly what the CLI ships: the
 * same SVG, byte for byte. When the CLI's defaults or the export API change, this fails here, in the normal build.
 */
class SlideExportTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"europe-2024", "nato-warsaw-pact-1985"})
    void theTimedExportIsTheClisExport(String name) throws Exception {
        var slide = SlideView.ISSUE_12.stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
        var fromCli = dir.resolve("cli.svg");
        var args = new ArrayList<>(List.of("export", "--format", "svg", "--out", fromCli.toString()));
        args.addAll(slide.cliArgs());
        var err = new StringWriter();
        assertEquals(0, AtlasCli.execute(new PrintWriter(new StringWriter()), new PrintWriter(err),
                args.toArray(String[]::new)), err.toString());

        var timed = dir.resolve("timed.svg");
        SlideExport.prepare(slide).export("svg", timed);

        assertEquals(Files.readString(fromCli), Files.readString(timed));
    }
}
