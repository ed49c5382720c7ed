package org.allianceatlas.io.importers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.allianceatlas.io.InputFiles;
import org.allianceatlas.io.Problem;
import org.allianceatlas.io.Severity;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.State;

/**
 * Imports research CSV files whose kind is told by their header: ATOP ({@code atopid}) or COW
 * ({@code version4id}). Files of both kinds may be given at once; each kind is imported on its own and the results
 * are merged (ATOP first).
 */
public final class ResearchImport {

    private ResearchImport() {
    }

    /** True for the file names the loaders treat as research data rather than our JSON format. */
    public static boolean isResearchFile(Path path) {
        return path.getFileName() != null && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** The dataset a CSV file belongs to, from its header line; empty when unreadable or neither. */
    public static Optional<ResearchDataset> detect(Path file) {
        if (InputFiles.problem(file, "the CSV file").isPresent()) {
            return Optional.empty(); // never open a pipe or a device: it would block
        }
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var header = reader.readLine();
            if (header == null) {
                return Optional.empty();
            }
            var h = header.toLowerCase(Locale.ROOT);
            if (h.contains("atopid")) {
                return Optional.of(ResearchDataset.ATOP);
            }
            if (h.contains("version4id")) {
                return Optional.of(ResearchDataset.COW);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Imports files of one dataset with its importer. */
    public static ImportResult importAs(ResearchDataset kind, List<Path> files, CowCrosswalk crosswalk,
                                        Map<String, State> knownStates) {
        return kind == ResearchDataset.ATOP ? new AtopImporter(crosswalk, knownStates).importFiles(files)
                : new CowImporter(crosswalk, knownStates).importFiles(files);
    }

    /**
     * Imports every file, told apart by header. A file of neither kind is reported, not guessed at.
     *
     * @param knownStates states already loaded, used instead of placeholders
     */
    public static ImportResult importFiles(List<Path> files, CowCrosswalk crosswalk, Map<String, State> knownStates) {
        var byKind = new EnumMap<ResearchDataset, List<Path>>(ResearchDataset.class);
        var problems = new ArrayList<Problem>();
        for (var f : files) {
            var unreadable = InputFiles.problem(f, "the CSV file");
            if (unreadable.isPresent()) {
                problems.add(Problem.ofFile(Severity.ERROR, f.toString(), unreadable.get()));
                continue;
            }
            var kind = detect(f);
            if (kind.isEmpty()) {
                problems.add(Problem.ofFile(Severity.ERROR, f.toString(), "not an ATOP or COW alliance file: the "
                        + "header has neither atopid (ATOP) nor version4id (COW)"));
            } else {
                byKind.computeIfAbsent(kind.get(), k -> new ArrayList<>()).add(f);
            }
        }
        var dataset = Dataset.empty();
        var skipped = new ArrayList<Problem>();
        for (var e : byKind.entrySet()) {
            var result = importAs(e.getKey(), e.getValue(), crosswalk, knownStates);
            problems.addAll(result.problems());
            skipped.addAll(result.skippedRows());
            var merged = new DatasetMerger().merge(dataset, result.dataset(), DatasetMerger.Precedence.BASE,
                    e.getValue().get(0).toString());
            problems.addAll(merged.conflicts());
            dataset = merged.dataset();
        }
        return new ImportResult(dataset, problems, skipped);
    }
}
