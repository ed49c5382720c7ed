package org.allianceatlas.ui.canvas;

import java.util.List;
import java.util.Objects;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

import org.allianceatlas.export.render.Legend;
import org.allianceatlas.export.render.TieGeometry;
import org.allianceatlas.export.style.Rgb;
import org.allianceatlas.export.style.TieStyle;
import org.allianceatlas.export.style.VisualStyle;

/**
 * The legend panel: the rows of the core {@link Legend} of what the canvas draws — every colour, shape and line style
 * of the current view (regions or communities, states and organisations, tie types, membership styles merged where a
 * reader cannot tell them apart) and the notes on what is hidden — drawn with JavaFX shapes in the same colours and
 * line styles the canvas and the exports use. It is the same legend an export of the view carries.
 *
 * <p>FX thread only.
 */
public final class LegendView {

    /** Width of a line sample, px. */
    private static final double SAMPLE = 30;
    static final String NOTE_ID = "legendNote";

    private final VBox box = new VBox(3);
    private VisualStyle style;
    private Legend legend;

    public LegendView(VisualStyle style) {
        this.style = Objects.requireNonNull(style, "style");
        box.setPadding(new Insets(8, 10, 8, 10));
        box.setFillWidth(true);
        render();
    }

    public Node node() {
        return box;
    }

    /** Shows a legend: the canvas's ({@link GraphCanvas#legendProperty()}); null for nothing drawn. */
    public void show(Legend newLegend) {
        this.legend = newLegend;
        render();
    }

    /** Theme switch. */
    public void setStyle(VisualStyle newStyle) {
        this.style = Objects.requireNonNull(newStyle, "style");
        render();
    }

    /** The entry texts, in order, for tests. */
    List<String> entries() {
        return box.getChildren().stream().filter(HBox.class::isInstance)
                .map(n -> ((Label) ((HBox) n).getChildren().get(1)).getText()).toList();
    }

    private void render() {
        box.setBackground(new Background(new BackgroundFill(FxColours.of(style.background().withAlpha(0.92)),
                new CornerRadii(4), null)));
        box.setBorder(new Border(new BorderStroke(FxColours.of(style.mutedForeground()), BorderStrokeStyle.SOLID,
                new CornerRadii(4), new BorderWidths(0.5))));
        box.getChildren().clear();
        if (legend == null || legend.isEmpty()) {
            box.getChildren().add(text("Nothing to show", false));
            return;
        }
        for (var row : legend.rows()) {
            if (row.header()) {
                box.getChildren().add(text(row.text(), true));
            } else {
                box.getChildren().add(entry(swatch(row), row.text()));
            }
        }
        for (var note : legend.notes()) {
            var label = text(note, false);
            label.setId(NOTE_ID);
            label.setTextFill(FxColours.of(style.mutedForeground()));
            label.setPadding(new Insets(4, 0, 0, 0));
            box.getChildren().add(label);
        }
    }

    private Node swatch(Legend.Row row) {
        return switch (row.swatch()) {
            case REGION -> dot(style.regionColour(row.region()));
            case COMMUNITY -> dot(row.colour());
            case STATE -> {
                var ring = new Circle(style.stateRadius(), null);
                ring.setStroke(FxColours.of(style.foreground()));
                yield ring;
            }
            case ORGANISATION -> {
                double side = 2 * style.organisationRadius(4);
                var square = new Rectangle(side, side, FxColours.of(style.organisationFill()));
                square.setArcWidth(side * 0.6);
                square.setArcHeight(side * 0.6);
                square.setStroke(FxColours.of(style.organisationStroke()));
                yield square;
            }
            case LINE -> sample(row.line());
            case AREA -> area(row.colour(), row.stripes());
            case CAPITAL -> {
                var dot = new Circle(2.8, FxColours.of(style.foreground()));
                dot.setStroke(FxColours.of(style.background()));
                yield dot;
            }
            case NONE -> throw new IllegalStateException("a header has no swatch");
        };
    }

    /** A map fill: a small rectangle, striped at 45° in the other colours for a state in several organisations. */
    private Node area(Rgb fill, List<Rgb> stripes) {
        double w = SAMPLE - 6;
        double h = 14;
        var rect = new Rectangle(w, h, FxColours.of(fill));
        rect.setStroke(FxColours.of(style.mutedForeground()));
        rect.setStrokeWidth(0.5);
        if (stripes.isEmpty()) {
            return rect;
        }
        // A pane of the swatch's size: the stripes run past its corners and are clipped, not laid out.
        var group = new Pane(rect);
        group.setMinSize(w, h);
        group.setPrefSize(w, h);
        group.setMaxSize(w, h);
        double spacing = 6;
        int k = 0;
        for (double d = -h; d < w; d += spacing / 2, k++) {
            if (k % 2 == 1) {
                continue; // the fill shows between stripes
            }
            var stripe = new Line(d, h, d + h, 0);
            stripe.setStroke(FxColours.of(stripes.get((k / 2) % stripes.size())));
            stripe.setStrokeWidth(spacing / 2 / Math.sqrt(2));
            group.getChildren().add(stripe);
        }
        group.setClip(new Rectangle(w, h));
        return group;
    }

    /** A state's disc in the legend. */
    private Circle dot(Rgb fill) {
        var dot = new Circle(style.stateRadius(), FxColours.of(fill));
        dot.setStroke(FxColours.of(style.foreground().withAlpha(0.4)));
        return dot;
    }

    /** A line sample drawn with the geometry every tie has ({@link TieGeometry}): the same arrowhead as the canvas. */
    private Node sample(TieStyle t) {
        var geometry = TieGeometry.line(0, 0, SAMPLE, 0, 0, 0, 0, 0, t.arrow(), 1, t.colour(), t.width(), t.dash());
        var line = new Line(geometry.x1(), geometry.y1(), geometry.x2(), geometry.y2());
        line.setStroke(FxColours.of(t.colour()));
        line.setStrokeWidth(t.width());
        line.getStrokeDashArray().setAll(t.dash());
        var h = geometry.head();
        if (h == null) {
            return line;
        }
        var head = new Polygon(h.tipX(), h.tipY(), h.leftX(), h.leftY(), h.rightX(), h.rightY());
        head.setFill(FxColours.of(t.colour()));
        return new Group(line, head);
    }

    private HBox entry(Node symbol, String label) {
        var slot = new HBox(symbol);
        slot.setMinWidth(SAMPLE + 4);
        slot.setAlignment(Pos.CENTER);
        var text = text(label, false);
        var row = new HBox(6, slot, text);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /**
     * A legend text: wrapped to the panel's width and as tall as its lines, never cut off with an ellipsis
     * ("supplier → r…"), whatever the width of the side panel or the presentation's column.
     */
    private Label text(String s, boolean heading) {
        var label = new Label(s);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setTextFill(FxColours.of(heading ? style.mutedForeground() : style.foreground()));
        if (heading) {
            label.setFont(Font.font(null, FontWeight.BOLD, 11));
            label.setPadding(new Insets(4, 0, 0, 0));
        }
        return label;
    }
}
