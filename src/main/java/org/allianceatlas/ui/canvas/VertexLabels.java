package org.allianceatlas.ui.canvas;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.text.Text;

import org.allianceatlas.model.Actor;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.State;

/**
 * The vertices' labels: one plain {@link Text} per actor that has been shown, centred under its vertex, in a group
 * that the canvas puts in the SmartGraph panel above the vertices (so the panel's stylesheet styles them).
 *
 * <p><b>Why not SmartGraph's labels.</b> SmartGraph attaches to every vertex a {@code SmartLabel}, a
 * {@code StackPane} around a {@code Text}, bound to the vertex's centre and radius. A pane is a region: every one
 * costs a CSS pass with region properties and a layout pass, and SmartGraph makes one for every actor of the dataset,
 * shown or not. Plain texts, made the first time an actor is shown, cut the first frame of the shipped data by about a
 * sixth (51 to 43 ms of CPU in a throwaway measurement; docs/decisions/0006). They sit where SmartGraph put its
 * labels: centred, {@value #GAP} units below the vertex's rim.
 *
 * <p>Level of detail ({@link #setLevelOfDetail}): state and organisation labels can be hidden as groups, and every
 * label scaled up about its centre so that it stays readable when the drawing is zoomed out; a scaled label grows
 * downwards, away from its vertex. FX thread only.
 */
final class VertexLabels {

    /** Space between a vertex's rim and the top of its label, panel units (SmartGraph's own offset). */
    static final double GAP = 5;

    private final Group root = new Group();
    private final Map<Actor, Text> texts = new HashMap<>();
    private final Set<Actor> shown = new HashSet<>();
    private boolean states = true;
    private boolean organisations = true;
    private double scale = 1;

    VertexLabels() {
        root.setManaged(false);
        // Labels never take the pointer: a click on a label would otherwise miss the vertex below it.
        root.setMouseTransparent(true);
    }

    Node node() {
        return root;
    }

    /** Shows or hides the label of {@code a} with its vertex, centred under the vertex at ({@code x}, {@code y}). */
    void setShown(Actor a, boolean on, double x, double y, double radius) {
        if (on) {
            shown.add(a);
            var text = texts.computeIfAbsent(a, this::create);
            place(text, x, y, radius);
            text.setVisible(levelShows(a));
        } else {
            shown.remove(a);
            var text = texts.get(a);
            if (text != null) {
                text.setVisible(false);
            }
        }
    }

    /** Moves the label of {@code a} (if it has one) under the vertex at ({@code x}, {@code y}). */
    void place(Actor a, double x, double y, double radius) {
        var text = texts.get(a);
        if (text != null) {
            place(text, x, y, radius);
        }
    }

    /** Which kinds of label are shown, and how much labels are scaled (1 = layout size). */
    void setLevelOfDetail(boolean stateLabels, boolean organisationLabels, double labelScale) {
        if (stateLabels == states && organisationLabels == organisations && labelScale == scale) {
            return;
        }
        states = stateLabels;
        organisations = organisationLabels;
        scale = labelScale;
        for (var e : texts.entrySet()) {
            var text = e.getValue();
            text.setVisible(shown.contains(e.getKey()) && levelShows(e.getKey()));
            applyScale(text);
        }
    }

    /** Marks the label of {@code a} as highlighted (the stylesheet keeps its colour while the rest dims). */
    void setHighlighted(Actor a, boolean on) {
        var text = texts.get(a);
        if (text == null) {
            return;
        }
        if (on) {
            if (!text.getStyleClass().contains(CanvasStylesheet.HIGHLIGHTED)) {
                text.getStyleClass().add(CanvasStylesheet.HIGHLIGHTED);
            }
        } else {
            text.getStyleClass().remove(CanvasStylesheet.HIGHLIGHTED);
        }
    }

    /** The label of {@code a}, or null when it has never been shown. */
    Text label(Actor a) {
        return texts.get(a);
    }

    private boolean levelShows(Actor a) {
        return a instanceof Organisation ? organisations : states;
    }

    private Text create(Actor a) {
        var text = new Text(a.shortLabel());
        text.getStyleClass().addAll(CanvasStylesheet.VERTEX_LABEL,
                a instanceof State ? CanvasStylesheet.STATE_LABEL : CanvasStylesheet.ORGANISATION_LABEL);
        text.setTextOrigin(VPos.TOP);
        text.setManaged(false);
        // Centred under its vertex: the width is only known once the stylesheet has set the font.
        text.layoutBoundsProperty().addListener((obs, old, now) -> applyScale(text));
        applyScale(text);
        root.getChildren().add(text);
        return text;
    }

    private static void place(Text text, double x, double y, double radius) {
        text.setX(x);
        text.setY(y + radius + GAP);
    }

    private void applyScale(Text text) {
        var bounds = text.getLayoutBounds();
        text.setTranslateX(-bounds.getWidth() / 2);
        text.setScaleX(scale);
        text.setScaleY(scale);
        // Scaling pivots on the label's centre; shift it down so that it grows away from the vertex, not over it.
        text.setTranslateY((scale - 1) * bounds.getHeight() / 2);
    }
}
