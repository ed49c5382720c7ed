package org.allianceatlas.ui.presentation;

import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

import org.allianceatlas.export.render.MapMode;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.ui.canvas.GraphCanvas;
import org.allianceatlas.ui.canvas.GraphCanvas.Change;
import org.allianceatlas.ui.canvas.LegendView;
import org.allianceatlas.ui.presentation.PresentationViewModel.Slide;
import org.allianceatlas.ui.shared.AtlasStyles;
import org.allianceatlas.ui.shared.Resources;

/**
 * Presentation mode's window: a full-screen stage of its own with a canvas of its own (the main window keeps its
 * filters and view), the title and filters above the picture with "3 / 7" at the right, the legend and the year,
 * large, beside it. Binds to a {@link PresentationViewModel}; decides nothing itself.
 *
 * <p><b>Keys.</b> Right, Page Down (what presentation clickers send), Space, Down and Enter show the next view; Left,
 * Page Up, Up and Backspace the previous one; Home and End the first and last; Escape leaves (so does leaving full
 * screen by other means).
 *
 * <p><b>Transitions.</b> To a view of other filters or another layout: ties and labels fade out, vertices move to
 * their new places in the canvas's motion ({@link GraphCanvas#MOTION}), the viewport goes to the saved one, and ties
 * and labels fade in again. To another year of the same filters and layout: vertices stay still and ties and vertices
 * that appear or go fade ({@link GraphCanvas#setFade}). A step during a transition finishes it first.
 *
 * <p>FX thread only. Node ids for tests: {@code presentationTitle}, {@code presentationSubtitle},
 * {@code presentationYear}, {@code presentationCounter}, {@code presentationLegend}.
 */
public final class PresentationView {

    /** How long ties and labels take to fade out before vertices move, and to fade in after. */
    static final Duration FADE_OUT = Duration.millis(150);
    static final Duration FADE_IN = Duration.millis(250);
    /** How long ties and vertices that appear or go take to fade between two years of the same view. */
    static final Duration YEAR_FADE = Duration.millis(400);

    private final PresentationViewModel vm;
    private final Stage stage = new Stage();
    private final GraphCanvas canvas;
    private final LegendView legend;
    private final Label title = label("presentationTitle", AtlasStyles.PRESENTATION_TITLE);
    private final Label subtitle = label("presentationSubtitle", AtlasStyles.PRESENTATION_SUBTITLE);
    private final Label year = label("presentationYear", AtlasStyles.PRESENTATION_YEAR);
    private final Label counter = label("presentationCounter", AtlasStyles.PRESENTATION_COUNTER);
    private Timeline transition;
    /** The positions the canvas was last given: a slide with the same ones only changes the year. */
    private Positions drawn;

    private PresentationView(Window owner, PresentationViewModel vm, VisualStyle style) {
        this.vm = vm;
        this.canvas = new GraphCanvas(style);
        this.legend = new LegendView(style);
        canvas.legendProperty().addListener((o, a, l) -> legend.show(l));
        counter.textProperty().bind(vm.counterProperty());

        // A slide is a chart: the title and filters above the picture, the legend and the year beside it, so that
        // the canvas fits the drawing into what is left and nothing lies over it.
        var texts = new VBox(4, title, subtitle);
        var top = new BorderPane();
        top.setLeft(texts);
        top.setRight(counter);
        top.setPadding(new Insets(24, 32, 8, 32));
        var legendBox = new StackPane(legend.node());
        legendBox.setId("presentationLegend");
        legendBox.getStyleClass().add(AtlasStyles.PRESENTATION_LEGEND);
        legendBox.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        var air = new Region();
        VBox.setVgrow(air, Priority.ALWAYS);
        var side = new VBox(legendBox, air, year);
        side.setAlignment(Pos.TOP_RIGHT);
        side.setPadding(new Insets(8, 32, 24, 16));
        var root = new BorderPane(canvas.node());
        root.setTop(top);
        root.setRight(side);
        var bg = style.background();
        root.setBackground(new Background(new BackgroundFill(Color.rgb(bg.r(), bg.g(), bg.b()), null, null)));
        root.getStyleClass().add(AtlasStyles.PRESENTATION);

        var scene = new Scene(root);
        scene.getStylesheets().add(Resources.stylesheet());
        // A filter, not a handler: the canvas takes keys of its own (Escape clears a selection there).
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setTitle("Alliance Atlas — presentation");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("Right, Page Down or Space: next view · Left or Page Up: previous · Esc: leave");
        stage.fullScreenProperty().addListener((o, was, now) -> {
            if (was && !now && stage.isShowing()) {
                close();
            }
        });
        stage.setOnHidden(e -> vm.close());

        vm.slideProperty().addListener((o, previous, now) -> show(now));
        var size = canvas.node();
        size.widthProperty().addListener((o, a, b) -> vm.setCanvasSize(size.getWidth(), size.getHeight()));
        size.heightProperty().addListener((o, a, b) -> vm.setCanvasSize(size.getWidth(), size.getHeight()));
    }

    /** Opens the presentation full screen over {@code owner} and starts at the view model's first view. */
    public static PresentationView open(Window owner, PresentationViewModel vm, VisualStyle style) {
        var view = new PresentationView(owner, vm, style);
        // The whole screen of the main window even where full screen is refused or does not resize (Monocle).
        var screens = Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                Math.max(1, owner.getHeight()));
        var bounds = (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getBounds();
        view.stage.setX(bounds.getMinX());
        view.stage.setY(bounds.getMinY());
        view.stage.setWidth(bounds.getWidth());
        view.stage.setHeight(bounds.getHeight());
        view.stage.setFullScreen(true);
        view.stage.show();
        view.stage.toFront();
        return view;
    }

    /** The presentation's window. */
    public Stage stage() {
        return stage;
    }

    /** The presentation's canvas, for tests and measurements. */
    public GraphCanvas canvas() {
        return canvas;
    }

    /** Leaves the presentation. */
    public void close() {
        if (transition != null) {
            transition.stop();
        }
        stage.close();
    }

    private void key(KeyEvent e) {
        var code = e.getCode();
        if (code == KeyCode.RIGHT || code == KeyCode.PAGE_DOWN || code == KeyCode.SPACE || code == KeyCode.DOWN
                || code == KeyCode.ENTER) {
            vm.next();
        } else if (code == KeyCode.LEFT || code == KeyCode.PAGE_UP || code == KeyCode.UP
                || code == KeyCode.BACK_SPACE) {
            vm.previous();
        } else if (code == KeyCode.HOME) {
            vm.first();
        } else if (code == KeyCode.END) {
            vm.last();
        } else if (code == KeyCode.ESCAPE) {
            close();
        } else {
            return;
        }
        e.consume();
    }

    private void show(Slide slide) {
        if (slide == null) {
            return;
        }
        if (transition != null) {
            transition.stop();
            transition = null;
        }
        title.setText(slide.title());
        subtitle.setText(slide.subtitle());
        subtitle.setVisible(!slide.subtitle().isEmpty());
        year.setText(Integer.toString(slide.year()));
        var saved = slide.saved();
        canvas.labelModeProperty().set(saved.labels());
        canvas.organisationDisplayProperty().set(saved.organisationDisplay());
        // The map is drawn with the geographic layout only, as in the main window.
        canvas.mapModeProperty().set(saved.layout() == LayoutKind.GEOGRAPHIC ? saved.mapMode() : MapMode.NONE);
        canvas.mapOrganisationsProperty().set(saved.mapOrganisations());
        boolean first = drawn == null;
        if (first || slide.positions() == drawn) {
            canvas.layerOpacityProperty().set(1);
            canvas.setFade(first ? Duration.ZERO : YEAR_FADE);
            canvas.show(slide.view(), slide.positions(), first ? Change.VIEW : Change.YEAR);
            drawn = slide.positions();
            place(slide);
            return;
        }
        canvas.setFade(Duration.ZERO);
        var opacity = canvas.layerOpacityProperty();
        var moved = FADE_OUT.add(GraphCanvas.MOTION);
        transition = new Timeline(
                new KeyFrame(Duration.ZERO, new KeyValue(opacity, opacity.get())),
                new KeyFrame(FADE_OUT, e -> {
                    canvas.show(slide.view(), slide.positions(), Change.VIEW);
                    drawn = slide.positions();
                    place(slide);
                }, new KeyValue(opacity, 0)),
                new KeyFrame(moved, new KeyValue(opacity, 0)),
                new KeyFrame(moved.add(FADE_IN), new KeyValue(opacity, 1)));
        transition.setOnFinished(e -> transition = null);
        transition.play();
    }

    /** The saved view's highlight and viewport (null: fitted), after the canvas was given its view. */
    private void place(Slide slide) {
        canvas.clearSelection();
        canvas.setHighlight(slide.highlight().highlightedActors(), slide.highlight().highlightedTies());
        canvas.setViewport(slide.saved().viewport());
    }

    private static Label label(String id, String styleClass) {
        var l = new Label();
        l.setId(id);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
