package org.allianceatlas.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.allianceatlas.export.ExportFormat;

/**
 * What {@link AtlasService#export} wrote.
 *
 * @param format the format
 * @param target what the request named: a file, or for CSV the folder
 * @param files  the files written: the target, or for CSV {@code nodes.csv} and {@code edges.csv} in it
 * @param year   the view's year
 * @param states, organisations, ties what the view holds
 */
public record ExportResult(ExportFormat format, Path target, List<Path> files, int year, int states,
                           int organisations, int ties) {

    public ExportResult {
        files = List.copyOf(files);
    }

    /**
     * One line for the user: "Wrote europe.svg (svg, 2024: 45 states, 30 organisations, 600 ties)", and for CSV
     * "Wrote the folder out/ with nodes.csv and edges.csv (csv, …)".
     */
    public String describe() {
        var what = files.size() == 1 ? target.toString() : "the folder " + target + " with "
                + String.join(" and ", files.stream().map(f -> f.getFileName().toString()).toList());
        return String.format(Locale.ROOT, "Wrote %s (%s, %d: %d states, %d organisations, %d ties)", what,
                format.key(), year, states, organisations, ties);
    }
}
