package org.allianceatlas.bench.legibility;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;

/**
 * The legibility count on the command line: reads SVG files and prints a Markdown table of their figures
 * ({@link Legibility}). Needs nothing but the JDK and the compiled test classes:
 *
 * <pre>
 * mvn -q test-compile
 * java -cp target/test-classes org.allianceatlas.bench.legibility.LegibilityCount [--states VIEW.gexf]
 *      [--slide 1920x1080] [--examples] FILE.svg...
 * </pre>
 *
 * {@code --states} names our GEXF export of the same view, to tell states from organisations (without it, round
 * vertices are states); {@code --slide} the slide the pictures are fitted into; {@code --examples} lists a few
 * overlaps under the table. Exit codes: 0 measured, 1 a file could not be read, 2 bad usage.
 */
public final class LegibilityCount {

    private LegibilityCount() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns its exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        var files = new ArrayList<Path>();
        Path states = null;
        var slide = SvgPictureReader.SLIDE;
        boolean examples = false;
        for (int i = 0; i < args.length; i++) {
            var a = args[i];
            switch (a) {
                case "--states", "--slide" -> {
                    if (i + 1 == args.length) {
                        return usage(err, a + " needs a value");
                    }
                    var value = args[++i];
                    if (a.equals("--states")) {
                        states = Path.of(value);
                    } else {
                        var wh = value.split("x");
                        try {
                            slide = new Box(0, 0, Double.parseDouble(wh[0]), Double.parseDouble(wh[1]));
                        } catch (RuntimeException e) {
                            return usage(err, "--slide takes WIDTHxHEIGHT in pixels, e.g. 1920x1080, not " + value);
                        }
                    }
                }
                case "--examples" -> examples = true;
                case "-h", "--help" -> {
                    usage(out, null);
                    return 0;
                }
                default -> {
                    if (a.startsWith("-")) {
                        return usage(err, "unknown option " + a);
                    }
                    files.add(Path.of(a));
                }
            }
        }
        if (files.isEmpty()) {
            return usage(err, "name at least one SVG file");
        }
        try {
            var isState = states == null ? null : StateNames.predicate(StateNames.of(states));
            var reader = new SvgPictureReader(slide);
            var names = new ArrayList<String>();
            var reports = new ArrayList<LegibilityReport>();
            for (var file : files) {
                var picture = reader.read(file);
                reports.add(isState == null ? Legibility.measure(picture) : Legibility.measure(picture, isState));
                names.add(file.toString());
            }
            out.print(LegibilityTable.of(names, reports));
            if (examples) {
                for (var r : reports) {
                    out.println();
                    out.println(r.source() + ":");
                    r.examples().forEach(e -> out.println("- " + e));
                }
            }
            return 0;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private static int usage(PrintStream to, String problem) {
        if (problem != null) {
            to.println("error: " + problem);
        }
        to.println("usage: LegibilityCount [--states VIEW.gexf] [--slide WIDTHxHEIGHT] [--examples] FILE.svg...");
        return problem == null ? 0 : 2;
    }

}
