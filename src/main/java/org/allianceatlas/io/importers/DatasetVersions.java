package org.allianceatlas.io.importers;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.allianceatlas.io.Problem;
import org.allianceatlas.io.Severity;

/**
 * Which version of a research dataset the files are, as far as they say. ATOP's member-level files of versions 4 and
 * 5 name the columns the importer reads alike, so the columns cannot be relied on; the names ATOP gives its files
 * can ({@code atop4_01m.csv}, {@code atop5_1m.csv}). COW's files carry a {@code version} column (and a version in
 * their names, {@code alliance_v4.1_by_member.csv}). Nothing else is guessed: an import whose files do not say is
 * cited without a version, with a warning.
 */
final class DatasetVersions {

    private static final Pattern ATOP_FILE = Pattern.compile("atop(\\d+)_(\\d+)[a-z]*\\.csv");
    private static final Pattern COW_FILE = Pattern.compile("_v(\\d+(?:\\.\\d+)+)_");

    private DatasetVersions() {
    }

    /** "5.1" for {@code atop5_1m.csv}, "4.01" for {@code atop4_01m.csv}; empty for other names. */
    static Optional<String> ofAtopFile(Path file) {
        var m = ATOP_FILE.matcher(name(file));
        return m.matches() ? Optional.of(m.group(1) + "." + m.group(2)) : Optional.empty();
    }

    /** "4.1" for {@code alliance_v4.1_by_member.csv}; empty for other names. */
    static Optional<String> ofCowFile(Path file) {
        var m = COW_FILE.matcher(name(file));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String name(Path file) {
        return file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The one version the files state, or null — with a warning on {@code file} — when they state none or
     * disagree.
     *
     * @param how where the version was looked for, for the warning ("the file names (atop5_1m.csv is 5.1)")
     */
    static String agreed(Collection<String> stated, ResearchDataset dataset, String file, String how,
                         List<Problem> problems) {
        var versions = new TreeSet<>(stated);
        if (versions.size() == 1) {
            return versions.first();
        }
        var why = versions.isEmpty() ? "the " + dataset.label() + " version is not stated in " + how
                : "the files state different " + dataset.label() + " versions (" + String.join(", ", versions) + ")";
        problems.add(Problem.ofFile(Severity.WARNING, file, why + "; the import is cited as '"
                + dataset.edition(null) + "'"));
        return null;
    }
}
