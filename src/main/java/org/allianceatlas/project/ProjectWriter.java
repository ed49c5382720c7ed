package org.allianceatlas.project;

import java.nio.file.Path;
import java.util.List;

import org.allianceatlas.export.AtomicFile;
import org.allianceatlas.export.ExportException;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.io.ProjectDocument;
import org.allianceatlas.io.ProjectDocument.Ref;
import org.allianceatlas.io.ProjectFileWriter;

/**
 * Writes a {@link Project} as a project file, atomically ({@link AtomicFile}: a crash or a full disk never leaves a
 * half-written project, and an existing file is replaced only when asked). Data paths are written relative to the
 * project file's folder where they can be (same file-system root), with {@code /} between folders, so that a project
 * folder can be moved or shared with its data; other paths are written absolute. Stateless and thread-safe.
 */
public final class ProjectWriter {

    /**
     * Writes {@code project} to {@code target}.
     *
     * @param overwrite replace an existing file (File › Save); when false an existing target is an error
     * @throws ExportException when the file exists and {@code overwrite} is false, or cannot be written; the target
     *                         is then unchanged
     */
    public void write(Project project, Path target, boolean overwrite) throws ExportException {
        var bytes = new ProjectFileWriter().toJson(document(project, target));
        AtomicFile.write(target, overwrite, out -> out.write(bytes));
    }

    /** The document {@link #write} writes: paths relative to {@code target}'s folder where they can be. */
    static ProjectDocument document(Project project, Path target) {
        var folder = target.toAbsolutePath().normalize().getParent();
        var d = project.data();
        ProjectDocument.Import research = null;
        if (d.researchImport() != null) {
            var im = d.researchImport();
            research = new ProjectDocument.Import(im.dataset(), paths(im.files(), folder), im.prefer(), im.alone(),
                    im.skipBadRows(), null);
        }
        var data = new ProjectDocument.Data(d.shipped(), paths(d.files(), folder), research);
        var views = project.views().stream().map(ProjectWriter::view).toList();
        return new ProjectDocument(data, views);
    }

    private static List<Ref> paths(List<Path> paths, Path folder) {
        return paths.stream().map(p -> Ref.of(relative(p, folder))).toList();
    }

    /** {@code path} relative to {@code folder} with {@code /} separators, or absolute when it cannot be. */
    static String relative(Path path, Path folder) {
        var absolute = path.toAbsolutePath().normalize();
        if (folder == null || !absolute.getRoot().equals(folder.getRoot())) {
            return absolute.toString();
        }
        var rel = folder.relativize(absolute);
        var text = rel.toString().replace(rel.getFileSystem().getSeparator(), "/");
        return text.isEmpty() ? "." : text;
    }

    private static ProjectDocument.View view(SavedView v) {
        var f = v.filters();
        var port = v.viewport() == null ? null
                : new ProjectDocument.Viewport(v.viewport().centreX(), v.viewport().centreY(), v.viewport().zoom());
        return new ProjectDocument.View(null, v.name(), f.year(), f.basis(),
                f.organisations().all() ? null : Ref.all(sorted(f.organisations())),
                f.subregions().all() ? null : List.copyOf(f.subregions().items()),
                f.tieTypes().all() ? null : List.copyOf(f.tieTypes().items()),
                f.showIsolated(), v.layout().key(), v.labels().key(), v.organisationDisplay().key(),
                v.mapMode().key(), Ref.all(v.mapOrganisations()), port, Ref.all(v.highlightedActors()),
                Ref.all(v.highlightedTies()), v.title(), v.keepSubtitle());
    }

    private static List<String> sorted(Selection<String> selection) {
        return selection.items().stream().sorted().toList();
    }
}
