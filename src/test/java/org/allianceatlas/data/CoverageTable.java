package org.allianceatlas.data;

import java.nio.file.Path;
import java.util.List;

import org.allianceatlas.io.DataInput;
import org.allianceatlas.io.DatasetLoader;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.DateBasis;
import org.allianceatlas.model.TieType;

/**
 * The coverage table of {@code docs/data.md}: per year, how much of the record the data holds. A test-scope tool, not
 * part of the application. {@link CoverageTableTest} checks that the table in the docs is the one the shipped data
 * gives; to print it (for the shipped data, or for a copy of the {@code data/} folder of another revision):
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) org.allianceatlas.data.CoverageTable [DATA_DIR]
 * </pre>
 *
 * Every count is as of 31 December of the year (the project's year rule) and clauses count from signature, the
 * application's default basis.
 */
public final class CoverageTable {

    /** The years of the table: each decade from 1950, and the present. */
    public static final List<Integer> YEARS = List.of(1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020, 2025);

    private CoverageTable() {
    }

    /** The table as Markdown, one row per year of {@link #YEARS}. */
    public static String markdown(Dataset d) {
        var out = new StringBuilder();
        out.append("| year | organisations | of which mutual defence | mutual-defence clauses (pacts) | clauses in force |\n");
        out.append("|---:|---:|---:|---:|---:|\n");
        for (int year : YEARS) {
            var organisations = d.organisations().stream().filter(o -> o.existsIn(year)).toList();
            long defence = organisations.stream().filter(o -> o.tieTypes().contains(TieType.MUTUAL_DEFENCE)).count();
            var clauses = d.clauses().stream().filter(c -> c.activeIn(year, DateBasis.SIGNATURE)).toList();
            long pacts = clauses.stream().filter(c -> c.type() == TieType.MUTUAL_DEFENCE).count();
            out.append("| ").append(year).append(" | ").append(organisations.size()).append(" | ").append(defence)
                    .append(" | ").append(pacts).append(" | ").append(clauses.size()).append(" |\n");
        }
        return out.toString();
    }

    /** The dataset in {@code dir} ({@code states.json}, {@code organisations/}, {@code clauses/}), or the shipped one. */
    static Dataset load(String dir) {
        var loader = new DatasetLoader();
        var result = dir == null ? loader.load(DataInput.shipped())
                : loader.loadPaths(List.of(Path.of(dir, "states.json"), Path.of(dir, "organisations"),
                        Path.of(dir, "clauses")));
        if (result.report().hasErrors()) {
            throw new IllegalStateException(result.report().format());
        }
        return result.dataset();
    }

    public static void main(String[] args) {
        System.out.print(markdown(load(args.length > 0 ? args[0] : null)));
    }
}
