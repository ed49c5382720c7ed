package org.allianceatlas.export.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.allianceatlas.export.style.Rgb;
import org.allianceatlas.graph.Tie;
import org.allianceatlas.model.Actor;
import org.allianceatlas.model.Organisation;

/**
 * The graph part of one picture, decided once and drawn alike by the canvas and by every exporter: each vertex with its
 * place, size and colours; each tie with its final geometry (parallel ties fanned out, arrowheads, where the stroke
 * stops) and look; and the labels that found room, placed so that none overlaps another label or a vertex. Built by
 * {@link SceneBuilder} in the units of its {@link SceneFrame}. Immutable.
 *
 * @param vertices      in drawing order
 * @param ties          in drawing order (dimmed, memberships, clauses, highlighted, overlay-coloured)
 * @param labels        the placed labels, most important first
 * @param labelRequests every vertex's label request by actor id, placed or not (for a hover label)
 * @param frame         the frame the scene is in
 */
public record Scene(List<Vertex> vertices, List<TieLine> ties, List<Label> labels,
                    Map<String, LabelPlacer.Request> labelRequests, SceneFrame frame) {

    /** How a vertex or label stands out: normal, highlighted, or dimmed behind a highlight. */
    public enum Emphasis { NORMAL, HIGHLIGHTED, DIMMED }

    /**
     * A vertex: a disc (state) or a rounded square (organisation) centred on ({@code x}, {@code y}).
     *
     * @param radius a disc's radius or a square's half side, frame units
     * @param name   the actor's name as of the year shown (an organisation's dated name)
     */
    public record Vertex(Actor actor, double x, double y, double radius, boolean square, Rgb fill, Rgb stroke,
                         double strokeWidth, Emphasis emphasis, String name) {

        /** The drawable of this vertex, its name as tooltip. */
        public Drawable drawable() {
            return square ? new Drawable.RoundedSquare(x, y, radius, radius * 0.3, fill, stroke, strokeWidth, name)
                    : new Drawable.Circle(x, y, radius, fill, stroke, strokeWidth, name);
        }
    }

    /**
     * A tie as drawn; {@code rank} orders ties for drawing (higher above). With organisations hidden, a line between
     * two states that share organisations stands for those memberships: {@code tie} is null and {@code shared} names
     * the organisations; otherwise {@code shared} is empty.
     */
    public record TieLine(Tie tie, List<Organisation> shared, Actor from, Actor to, Drawable.Line line, int rank,
                          Emphasis emphasis) {

        public TieLine {
            shared = List.copyOf(shared);
        }
    }

    /** A placed label of {@code actor}, drawn in {@code colour} with a halo (null: none) that reads over ties. */
    public record Label(Actor actor, LabelPlacer.Placed placed, Rgb colour, Rgb halo, Emphasis emphasis) {

        /** Width of a leader line, as a share of the font size. */
        static final double LEADER_WIDTH = 0.07;

        /** The text of the label. */
        public Drawable.Text drawable() {
            return new Drawable.Text(placed.x(), placed.baseline(), placed.text(), placed.size(), colour,
                    placed.anchor(), placed.bold(), halo);
        }

        /** What the label draws: its leader line (cased in the halo's colour), if it was called out, then its text. */
        public List<Drawable> drawables() {
            var leader = placed.leader();
            if (leader == null) {
                return List.of(drawable());
            }
            double width = LEADER_WIDTH * placed.size();
            var line = Drawable.Line.straight(leader.x1(), leader.y1(), leader.x2(), leader.y2(), colour, width,
                    List.of());
            if (halo == null) {
                return List.of(line, drawable());
            }
            // Cased like a road on a map, so that the leader reads apart from the ties it crosses.
            var casing = Drawable.Line.straight(leader.x1(), leader.y1(), leader.x2(), leader.y2(), halo, 3 * width,
                    List.of());
            return List.of(casing, line, drawable());
        }
    }

    public Scene {
        vertices = List.copyOf(vertices);
        ties = List.copyOf(ties);
        labels = List.copyOf(labels);
        labelRequests = Map.copyOf(labelRequests);
        Objects.requireNonNull(frame, "frame");
    }

    /** The ties as drawables, in drawing order. */
    public List<Drawable> tieDrawables() {
        return ties.stream().<Drawable>map(TieLine::line).toList();
    }

    /** The vertices as drawables, in drawing order. */
    public List<Drawable> vertexDrawables() {
        return vertices.stream().map(Vertex::drawable).toList();
    }

    /** The placed labels as drawables. */
    public List<Drawable> labelDrawables() {
        return labels.stream().flatMap(l -> l.drawables().stream()).toList();
    }

    /** The placed label of an actor, if it found room. */
    public Optional<Label> label(Actor actor) {
        return labels.stream().filter(l -> l.actor().equals(actor)).findFirst();
    }

    /**
     * The label to show while the pointer is on {@code actor}: its placed label, or else its preferred text at its
     * preferred position, whether or not it collides (it is drawn on top, for a moment).
     */
    public Optional<LabelPlacer.Placed> hoverLabel(Actor actor) {
        var placed = label(actor);
        if (placed.isPresent()) {
            return Optional.of(placed.get().placed());
        }
        var request = labelRequests.get(actor.id());
        return request == null ? Optional.empty()
                : Optional.of(LabelPlacer.at(request, request.texts().get(0), request.positions().get(0)));
    }

    /** Every drawable: ties, then vertices, then labels. */
    public List<Drawable> drawables() {
        var all = new ArrayList<Drawable>(ties.size() + vertices.size() + labels.size());
        all.addAll(tieDrawables());
        all.addAll(vertexDrawables());
        all.addAll(labelDrawables());
        return all;
    }
}
