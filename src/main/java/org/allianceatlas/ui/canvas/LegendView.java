package org.allianceatlas.ui.canvas;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

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
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

import org.allianceatlas.export.style.Rgb;
import org.allianceatlas.export.style.TieStyle;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.model.Region;
import org.allianceatlas.model.State;
import org.allianceatlas.model.TieType;
import org.allianceatlas.ui.shared.Labels;

/**
 * The legend: every colour, shape and line style used in the current view — the regions of the visible states (or,
 * while states are coloured by community, their communities), the organisation square, the clause types and the
 * membership styles present — drawn from the same {@link VisualStyle} as the canvas. Entries not in the view are left
 * out, so the legend stays short.
 *
 * <p>FX thread only.
 */
public final class LegendView {

    /** Width of a line sample, px. */
    private static final double SAMPLE = 30;
    private static final String NOTE_ID = "minorTiesNote";
    private static final String COMMUNITY_NOTE_ID = "communityNote";
    static final String COMMUNITY_NOTE = "Colours show communities: states more tied to each other than to the rest"
            + " (label propagation on the state–state projection), not regions.";

    private final VBox box = new VBox(3);
    private VisualStyle style;
    private AlignmentView view;
    private boolean minorTiesHidden;
    /** The community of each state in one while states are coloured by community; null while by region. */
    private Map<State, Integer> communities;

    public LegendView(VisualStyle style) {
        this.style = Objects.requireNonNull(style, "style");
        box.setPadding(new Insets(8, 10, 8, 10));
        box.setFillWidth(true);
        render();
    }

    public Node node() {
        return box;
    }

    /** Shows the entries for {@code view}. */
    public void update(AlignmentView newView) {
        this.view = newView;
        render();
    }

    /** Theme switch. */
    public void setStyle(VisualStyle newStyle) {
        this.style = Objects.requireNonNull(newStyle, "style");
        render();
    }

    /**
     * Says, below the entries, that minor ties are hidden (the canvas is zoomed out, see {@link MinorTies}); bind it
     * to {@link GraphCanvas#minorTiesHiddenProperty()}.
     */
    public void setMinorTiesHidden(boolean hidden) {
        if (hidden != minorTiesHidden) {
            minorTiesHidden = hidden;
            render();
        }
    }

    /**
     * Explains community colours in place of the region colours, as {@link GraphCanvas#colourStatesByCommunity} draws
     * them: an entry per community of the view's states with a colour of its own, one for the neutral grey, and a
     * note on what the colours mean. Until {@link #colourByRegion()}.
     *
     * @param communityOfState the community (1 = the largest) of each state that has one
     */
    public void colourByCommunity(Map<State, Integer> communityOfState) {
        var copy = Map.copyOf(communityOfState);
        if (!copy.equals(communities)) {
            communities = copy;
            render();
        }
    }

    /** Explains region colours again (the default). */
    public void colourByRegion() {
        if (communities != null) {
            communities = null;
            render();
        }
    }

    /** The notes below the entries (what is hidden, what community colours are), for tests. */
    List<String> notes() {
        return box.getChildren().stream().filter(n -> NOTE_ID.equals(n.getId()) || COMMUNITY_NOTE_ID.equals(n.getId()))
                .map(n -> ((Label) n).getText()).toList();
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
        if (view == null || view.vertices().isEmpty()) {
            box.getChildren().add(text("Nothing to show", false));
            return;
        }
        if (communities != null) {
            addCommunityEntries();
        } else {
            var regions = EnumSet.noneOf(Region.class);
            view.states().forEach(s -> regions.add(s.region()));
            if (!regions.isEmpty()) {
                box.getChildren().add(text("States by region", true));
                for (var r : regions) {
                    box.getChildren().add(entry(dot(style.regionColour(r)), r.label()));
                }
            }
        }
        if (!view.organisations().isEmpty()) {
            box.getChildren().add(text("Organisations", true));
            double side = 2 * style.organisationRadius(4);
            var square = new Rectangle(side, side, FxColours.of(style.organisationFill()));
            square.setArcWidth(side / 4);
            square.setArcHeight(side / 4);
            square.setStroke(FxColours.of(style.organisationStroke()));
            box.getChildren().add(entry(square, "Organisation (size: visible members)"));
        }
        var clauseTypes = EnumSet.noneOf(TieType.class);
        view.clauseTies().forEach(t -> clauseTypes.add(t.clause().type()));
        if (!clauseTypes.isEmpty()) {
            box.getChildren().add(text("Treaties and clauses", true));
            for (var type : clauseTypes) {
                var label = type.label() + (type.isDirected() ? " (supplier → recipient)" : "");
                box.getChildren().add(entry(sample(style.tieStyle(type)), label));
            }
        }
        var membershipTypes = EnumSet.noneOf(TieType.class);
        view.membershipTies().forEach(t -> membershipTypes.add(VisualStyle.primaryType(t.types())));
        if (!membershipTypes.isEmpty()) {
            box.getChildren().add(text("Memberships, by the organisation's strongest tie", true));
            for (var type : membershipTypes) {
                box.getChildren().add(entry(sample(style.membershipStyle(EnumSet.of(type))), type.label()));
            }
        }
        if (minorTiesHidden) {
            var note = text(MinorTies.HIDDEN_NOTE, false);
            note.setId(NOTE_ID);
            note.setWrapText(true);
            note.setTextFill(FxColours.of(style.mutedForeground()));
            note.setPadding(new Insets(4, 0, 0, 0));
            box.getChildren().add(note);
        }
    }

    /** Communities with a colour of their own, largest first, then who shares the neutral grey, then the note. */
    private void addCommunityEntries() {
        if (view.states().isEmpty()) {
            return;
        }
        var coloured = new TreeMap<Integer, Integer>();
        var beyond = new TreeSet<Integer>();
        int inNone = 0;
        for (var s : view.states()) {
            var k = communities.get(s);
            if (k == null) {
                inNone++;
            } else if (k > VisualStyle.COMMUNITY_COLOURS) {
                beyond.add(k);
            } else {
                coloured.merge(k, 1, Integer::sum);
            }
        }
        box.getChildren().add(text("States by community", true));
        coloured.forEach((k, n) -> box.getChildren().add(entry(dot(style.communityColour(k)),
                "Community " + k + " · " + Labels.count(n, "state"))));
        var rest = new ArrayList<String>();
        if (!beyond.isEmpty()) {
            rest.add(beyond.size() == 1 ? "Community " + beyond.first()
                    : "Communities " + beyond.first() + "–" + beyond.last());
        }
        if (inNone > 0) {
            rest.add(rest.isEmpty() ? "In no community (no tie to another state)" : "states in no community");
        }
        if (!rest.isEmpty()) {
            box.getChildren().add(entry(dot(style.communityNeutral()), String.join(", and ", rest)));
        }
        var note = text(COMMUNITY_NOTE, false);
        note.setId(COMMUNITY_NOTE_ID);
        note.setWrapText(true);
        note.setTextFill(FxColours.of(style.mutedForeground()));
        box.getChildren().add(note);
    }

    /** A state's disc in the legend. */
    private Circle dot(Rgb fill) {
        var dot = new Circle(style.stateRadius(), FxColours.of(fill));
        dot.setStroke(FxColours.of(style.foreground().withAlpha(0.4)));
        return dot;
    }

    private Node sample(TieStyle t) {
        var line = new Line(0, 0, SAMPLE, 0);
        line.setStroke(FxColours.of(t.colour()));
        line.setStrokeWidth(t.width());
        line.getStrokeDashArray().setAll(t.dash());
        if (!t.arrow()) {
            return line;
        }
        // Filled, like the canvas's arrowheads (TieLayer).
        line.setEndX(SAMPLE - TieLayer.ARROW_LENGTH * 0.6);
        double back = SAMPLE - TieLayer.ARROW_LENGTH;
        var head = new Polygon(SAMPLE, 0, back, -TieLayer.ARROW_HALF_WIDTH, back, TieLayer.ARROW_HALF_WIDTH);
        head.setFill(FxColours.of(t.colour()));
        return new Group(line, head);
    }

    private HBox entry(Node symbol, String label) {
        var slot = new HBox(symbol);
        slot.setMinWidth(SAMPLE + 4);
        slot.setAlignment(Pos.CENTER);
        var row = new HBox(6, slot, text(label, false));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Label text(String s, boolean heading) {
        var label = new Label(s);
        label.setTextFill(FxColours.of(heading ? style.mutedForeground() : style.foreground()));
        if (heading) {
            label.setFont(Font.font(null, FontWeight.BOLD, 11));
            label.setPadding(new Insets(4, 0, 0, 0));
        }
        return label;
    }
}
