package org.allianceatlas.project;

import java.nio.file.Path;
import java.util.List;

/**
 * What a project loads: the shipped data or not, data files and folders in load order (later files add to earlier
 * ones), and optionally a research import on top. Paths are absolute here; the project file keeps them relative to
 * itself where it can.
 *
 * @param researchImport the import, or null
 */
public record ProjectData(boolean shipped, List<Path> files, ProjectImport researchImport) {

    public ProjectData {
        files = List.copyOf(files);
    }

    /** The shipped data alone. */
    public static ProjectData shippedOnly() {
        return new ProjectData(true, List.of(), null);
    }
}
