package org.allianceatlas.ui.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;

import org.allianceatlas.project.Project;
import org.allianceatlas.project.ProjectData;
import org.allianceatlas.project.ProjectImport;
import org.allianceatlas.project.ProjectReader;
import org.allianceatlas.ui.dataset.DatasetChoice;
import org.allianceatlas.ui.research.ImportChoice;

/**
 * The project on screen: its file (none until it is saved or opened), its saved views, the data it loads, and
 * whether anything changed since it was last opened or saved ({@link #dirtyProperty()}). A change of the saved views
 * or, once the project has something to keep, of the data on screen makes it dirty; opening or saving makes it clean.
 *
 * <p>The data is kept as the project file said it ({@link ProjectData}: a data file that has moved stays named, so
 * that saving does not lose it) until the user loads other data. {@link #choiceOf} and {@link #importOf} turn it into
 * what the main window loads; {@link #dataOf} turns what the window loaded back into project data.
 *
 * <p>FX thread only; no controls.
 */
public final class ProjectViewModel {

    /** What the title bar calls a project that has no file yet. */
    public static final String UNTITLED = "Untitled project";

    private final SavedViewsViewModel views = new SavedViewsViewModel();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final BooleanBinding needsSaving;
    private final StringBinding displayName;
    private ProjectData data = ProjectData.shippedOnly();
    /** True while the views are replaced by an opened project: that is no change of the user's. */
    private boolean replacing;

    public ProjectViewModel() {
        views.views().addListener((ListChangeListener<Object>) c -> {
            if (!replacing) {
                dirty.set(true);
            }
        });
        needsSaving = Bindings.createBooleanBinding(() -> dirty.get() && hasContent(), dirty, file, views.views());
        displayName = Bindings.createStringBinding(() -> file.get() == null ? UNTITLED
                : String.valueOf(file.get().getFileName()), file);
    }

    /** The saved views and the one chosen in the list. */
    public SavedViewsViewModel views() {
        return views;
    }

    /** The project file, or null before the project is saved or opened. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    /** True when something changed since the project was opened or saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /**
     * True when closing now would lose something: changes to a project that has a file or saved views (a session
     * without either has nothing a project would keep).
     */
    public BooleanBinding needsSavingProperty() {
        return needsSaving;
    }

    public boolean needsSaving() {
        return needsSaving.get();
    }

    /** True when the project has a file or saved views: what the title bar names. */
    public boolean hasContent() {
        return file.get() != null || !views.views().isEmpty();
    }

    /** "talk.atlas", or {@value #UNTITLED}. */
    public StringBinding displayNameProperty() {
        return displayName;
    }

    /** The project as it stands: its data and its views in order. */
    public Project project() {
        return new Project(data, List.copyOf(views.views()));
    }

    /** A project was opened from {@code from}: its views and data replace these, and nothing is unsaved. */
    public void opened(Path from, Project project) {
        replacing = true;
        try {
            views.setAll(project.views());
        } finally {
            replacing = false;
        }
        data = project.data();
        file.set(Objects.requireNonNull(from, "from"));
        dirty.set(false);
    }

    /** The project was written to {@code to}: it is now the project's file, and nothing is unsaved. */
    public void saved(Path to) {
        file.set(Objects.requireNonNull(to, "to"));
        dirty.set(false);
    }

    /**
     * Other data is on screen (a file opened or added, an import): the project loads it from now on. A project with a
     * file or saved views then has unsaved changes.
     */
    public void dataChanged(ProjectData newData) {
        if (newData.equals(data)) {
            return;
        }
        data = newData;
        if (hasContent()) {
            dirty.set(true);
        }
    }

    /** The data the project loads. */
    public ProjectData data() {
        return data;
    }

    // --- between the project's data and what the window loads ----------------------------------------------------

    /** What a project keeps of the data on screen: the dataset choice and, if any, the research import on top. */
    public static ProjectData dataOf(DatasetChoice choice, ImportChoice research) {
        var projectImport = research == null ? null : new ProjectImport(research.kind(), research.files(),
                research.precedence(), research.alone(), research.skipBadRows());
        return new ProjectData(choice.shipped(), choice.paths(), projectImport);
    }

    /**
     * What the window shows as the data of {@code data} once its files that are not there ({@code missing}) are left
     * out: the shipped data if the project has it, and the files that are there. A project of its own files only,
     * none of them there, is named by them (nothing was loaded; the report says why); one without files (a research
     * import alone) by the shipped data, as the window remembers an import's base.
     */
    public static DatasetChoice choiceOf(ProjectData data, List<Path> missing) {
        var present = new ArrayList<Path>();
        for (var p : data.files()) {
            if (!missing.contains(p)) {
                present.add(p);
            }
        }
        if (data.shipped() || !present.isEmpty()) {
            return new DatasetChoice(data.shipped(), present);
        }
        return data.files().isEmpty() ? DatasetChoice.shippedData() : new DatasetChoice(false, data.files());
    }

    /** The research import of {@code data} as the window remembers imports, or null when it has none or lost a file. */
    public static ImportChoice importOf(ProjectData data, List<Path> missing) {
        var r = data.researchImport();
        if (r == null || r.files().stream().anyMatch(missing::contains)) {
            return null;
        }
        return new ImportChoice(r.dataset(), r.files(), r.prefer(), r.alone(), r.skipBadRows());
    }

    /** True when {@code path} names a project file by its extension ({@code .atlas}, any case). */
    public static boolean isProjectFile(Path path) {
        var name = path.getFileName();
        return name != null && name.toString().toLowerCase(java.util.Locale.ROOT)
                .endsWith("." + ProjectReader.EXTENSION);
    }
}
