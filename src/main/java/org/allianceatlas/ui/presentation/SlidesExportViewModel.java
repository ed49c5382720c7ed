package org.allianceatlas.ui.presentation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.allianceatlas.export.AnimationOptions;
import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.LabelMode;
import org.allianceatlas.export.render.OrganisationDisplay;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.project.SavedView;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.ui.task.TaskRunner;

/**
 * Export › Slides (.pptx)…: a PowerPoint deck of the project's saved views (one slide each, in order) or of a range
 * of years of the filters on screen (one slide a year), written through the service ({@code AtlasService.exportDeck})
 * off the FX thread with progress and cancel, as the timeline animation is. {@link #problemProperty()} says what stops
 * the choices from being used, or is empty.
 */
public final class SlidesExportViewModel {

    /** What the slides show. */
    public enum Source {
        /** The project's saved views, one slide each, in their order. */
        SAVED_VIEWS,
        /** The filters on screen, one slide per year of a range. */
        YEARS
    }

    private final AtlasService service;
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(this, "source", Source.SAVED_VIEWS);
    private final ObjectProperty<Integer> from = new SimpleObjectProperty<>(this, "from", 1949);
    private final ObjectProperty<Integer> to = new SimpleObjectProperty<>(this, "to", 2024);
    private final ObjectProperty<Integer> step = new SimpleObjectProperty<>(this, "step", 5);
    private final IntegerProperty savedViews = new SimpleIntegerProperty(this, "savedViews");
    private final BooleanProperty legend = new SimpleBooleanProperty(this, "legend", true);
    private final StringBinding problem;
    private final ExportRun run;

    public SlidesExportViewModel(AtlasService service, TaskRunner runner) {
        this.service = Objects.requireNonNull(service, "service");
        run = new ExportRun(Objects.requireNonNull(runner, "runner"), "Slide");
        problem = Bindings.createStringBinding(this::currentProblem, source, from, to, step, savedViews);
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    public ObjectProperty<Integer> fromProperty() {
        return from;
    }

    public ObjectProperty<Integer> toProperty() {
        return to;
    }

    public ObjectProperty<Integer> stepProperty() {
        return step;
    }

    /** Whether each slide's picture carries its legend. */
    public BooleanProperty legendProperty() {
        return legend;
    }

    /** How many saved views the project has (the window keeps it up to date); none: only years can be exported. */
    public IntegerProperty savedViewsProperty() {
        return savedViews;
    }

    /** What is wrong with the choices, in words for the dialog; empty when they can be used. */
    public StringBinding problemProperty() {
        return problem;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return run.running();
    }

    /** Done so far, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return run.progress();
    }

    /** What happened last: "Slide 3 of 10", "Wrote talk.pptx (10 slides)", "Cancelled: nothing was written". */
    public ReadOnlyStringProperty messageProperty() {
        return run.message();
    }

    private String currentProblem() {
        if (source.get() == Source.SAVED_VIEWS) {
            return savedViews.get() == 0 ? "the project has no saved view yet (View › Save view…)" : "";
        }
        if (from.get() == null || to.get() == null || step.get() == null) {
            return "fill in every field";
        }
        if (from.get() > to.get()) {
            return "the first year is after the last";
        }
        if (step.get() < 1) {
            return "the step is at least one year";
        }
        return "";
    }

    /**
     * The slides' views: the saved views as they are, or one view a year of {@code criteria} drawn with
     * {@code layout}, {@code labels} and {@code organisations} (what is on screen).
     */
    List<SavedView> views(List<SavedView> saved, FilterCriteria criteria, LayoutKind layout, LabelMode labels,
                          OrganisationDisplay organisations) {
        if (source.get() == Source.SAVED_VIEWS) {
            return List.copyOf(saved);
        }
        var years = new AnimationOptions(from.get(), to.get(), step.get(), 1, 0, 1, ImageOptions.defaults()).years();
        var views = new ArrayList<SavedView>();
        for (int y : years) {
            views.add(SavedView.of(Integer.toString(y), criteria.withYear(y)).withLayout(layout)
                    .withDrawing(labels, organisations));
        }
        return views;
    }

    /**
     * Writes the deck to {@code target} (replacing it when {@code overwrite}): {@code saved} or the years of
     * {@code criteria}, as {@link #sourceProperty()} says. Does nothing while an export runs or when
     * {@link #problemProperty()} is not empty.
     */
    public void export(List<SavedView> saved, FilterCriteria criteria, LayoutKind layout, LabelMode labels,
                       OrganisationDisplay organisations, Path target, boolean overwrite) {
        if (run.running().get() || !problem.get().isEmpty()) {
            return;
        }
        var views = views(saved, criteria, layout, labels, organisations);
        var options = ImageOptions.defaults().withLegend(legend.get());
        run.start("Exporting " + views.size() + " slides to " + target.getFileName(), progress -> {
            service.exportDeck(views, options, target, overwrite, progress);
            return views.size();
        }, slides -> "Wrote " + target.getFileName() + " (" + slides + " slides)");
    }

    /** Asks the running export to stop before its next slide. */
    public void cancel() {
        run.cancel();
    }
}
