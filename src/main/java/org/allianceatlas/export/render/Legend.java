package org.allianceatlas.export.render;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.allianceatlas.export.style.Rgb;
import org.allianceatlas.export.style.TieStyle;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.ClauseTie;
import org.allianceatlas.graph.MembershipTie;
import org.allianceatlas.model.Region;
import org.allianceatlas.model.State;
import org.allianceatlas.model.TieType;

/**
 * The legend of a picture, for the exports and the canvas's legend panel alike: exactly the colours, shapes and line
 * styles the picture uses — the regions (or communities) of the visible states, states and organisations if present,
 * the tie types of visible clauses and the membership styles of visible organisations, line styles a reader cannot
 * tell apart merged into one row — and notes on what is hidden. Exports lay the rows out in columns.
 */
public final class Legend {

    /** What a row shows left of its text. */
    public enum Swatch { NONE, REGION, COMMUNITY, STATE, ORGANISATION, LINE }

    /**
     * One row: a section header (no swatch, bold) or a swatch and its meaning.
     *
     * @param region the region of a {@link Swatch#REGION} row
     * @param colour the fill of a {@link Swatch#COMMUNITY} row
     * @param line   the line style of a {@link Swatch#LINE} row
     */
    public record Row(Swatch swatch, String text, Region region, TieStyle line, Rgb colour) {

        Row(Swatch swatch, String text, Region region, TieStyle line) {
            this(swatch, text, region, line, null);
        }

        public boolean header() {
            return swatch == Swatch.NONE;
        }
    }

    /** What the legend says while states are coloured by community. */
    public static final String COMMUNITY_NOTE = "Colours show communities: states more tied to each other than to "
            + "the rest (label propagation on the state–state projection), not regions.";

    private final List<Row> rows;
    private final List<String> notes;

    private Legend(List<Row> rows, List<String> notes) {
        this.rows = List.copyOf(rows);
        this.notes = List.copyOf(notes);
    }

    /** The legend of a picture of {@code view} drawn in {@code style} with {@code options}. */
    public static Legend of(AlignmentView view, VisualStyle style, SceneOptions options) {
        var rows = new ArrayList<Row>();
        var notes = new ArrayList<String>();
        boolean communities = !options.overlay().communities().isEmpty();
        var regions = EnumSet.noneOf(Region.class);
        view.states().forEach(s -> regions.add(s.region()));
        if (communities) {
            communityRows(view, style, options.overlay().communities(), rows);
            notes.add(COMMUNITY_NOTE);
        } else if (!regions.isEmpty()) {
            rows.add(new Row(Swatch.NONE, "Regions", null, null));
            regions.forEach(r -> rows.add(new Row(Swatch.REGION, r.label(), r, null)));
        }
        boolean hidden = options.organisations() == OrganisationDisplay.HIDDEN;
        boolean states = !view.states().isEmpty();
        boolean orgs = !view.organisations().isEmpty() && !hidden;
        if (states || orgs) {
            rows.add(new Row(Swatch.NONE, "Vertices", null, null));
            if (states) {
                rows.add(new Row(Swatch.STATE, communities ? "State (colour: community)" : "State (colour: region)",
                        null, null));
            }
            if (orgs) {
                rows.add(new Row(Swatch.ORGANISATION, "Organisation (size: visible members)", null, null));
            }
        }
        Set<TieType> clauseTypes = new TreeSet<>();
        Set<TieType> membershipTypes = new TreeSet<>();
        Set<TieType> associateTypes = new TreeSet<>();
        for (var t : view.ties()) {
            if (options.minorTiesHidden() && TieGeometry.isMinor(t)) {
                continue;
            }
            if (t instanceof ClauseTie c) {
                clauseTypes.add(c.clause().type());
            } else if (t instanceof MembershipTie m) {
                var primary = VisualStyle.primaryType(m.organisation().tieTypes());
                (m.membership().role().isFull() || hidden ? membershipTypes : associateTypes).add(primary);
            }
        }
        var lines = new ArrayList<Row>();
        var membershipWord = hidden ? "Shared membership: " : "Membership: ";
        var suffix = hidden ? " organisations (thicker: more)" : " organisation";
        for (var group : alike(membershipTypes, type -> style.membershipStyle(Set.of(type)))) {
            var words = group.stream().map(type -> type.label().toLowerCase(Locale.ROOT)).toList();
            lines.add(new Row(Swatch.LINE, membershipWord + joinOr(words) + suffix, null,
                    style.membershipStyle(Set.of(group.get(0)))));
        }
        if (!associateTypes.isEmpty()) {
            // One row: the dash says "not a member", whatever the organisation's type.
            lines.add(new Row(Swatch.LINE, "Observer, partner or beneficiary (not a member)", null,
                    style.associateStyle(Set.of(associateTypes.iterator().next()))));
        }
        for (var type : clauseTypes) {
            var tieStyle = style.tieStyle(type);
            lines.add(new Row(Swatch.LINE, type.label() + (tieStyle.arrow() ? " (supplier \u2192 recipient)" : ""),
                    null, tieStyle));
        }
        if (!lines.isEmpty()) {
            rows.add(new Row(Swatch.NONE, "Ties", null, null));
            rows.addAll(lines);
        }
        if (options.minorTiesHidden()) {
            notes.add(TieGeometry.MINOR_HIDDEN_NOTE);
        }
        return new Legend(rows, notes);
    }

    /** Communities with a colour of their own, largest first, then who shares the neutral grey. */
    private static void communityRows(AlignmentView view, VisualStyle style, Map<State, Integer> communities,
                                      List<Row> rows) {
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
        if (view.states().isEmpty()) {
            return;
        }
        rows.add(new Row(Swatch.NONE, "States by community", null, null));
        coloured.forEach((k, n) -> rows.add(new Row(Swatch.COMMUNITY, "Community " + k + " \u00b7 " + n
                + (n == 1 ? " state" : " states"), null, null, style.communityColour(k))));
        var rest = new ArrayList<String>();
        if (!beyond.isEmpty()) {
            rest.add(beyond.size() == 1 ? "Community " + beyond.first()
                    : "Communities " + beyond.first() + "\u2013" + beyond.last());
        }
        if (inNone > 0) {
            rest.add(rest.isEmpty() ? "In no community (no tie to another state)" : "states in no community");
        }
        if (!rest.isEmpty()) {
            rows.add(new Row(Swatch.COMMUNITY, String.join(", and ", rest), null, null, style.communityNeutral()));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Legend other && other.rows.equals(rows) && other.notes.equals(notes);
    }

    @Override
    public int hashCode() {
        return rows.hashCode() * 31 + notes.hashCode();
    }

    /** Notes on what the picture leaves out or how to read its colours. */
    public List<String> notes() {
        return notes;
    }

    /**
     * The types grouped by look: types whose lines a reader cannot tell apart (same dash, about the same width and
     * colour) share one legend row. Groups keep the types' order; each group's first type gives the swatch.
     */
    static List<List<TieType>> alike(Set<TieType> types, Function<TieType, TieStyle> styleOf) {
        var groups = new ArrayList<List<TieType>>();
        for (var type : types) {
            var look = styleOf.apply(type);
            var group = groups.stream().filter(g -> indistinguishable(styleOf.apply(g.get(0)), look)).findFirst();
            if (group.isPresent()) {
                group.get().add(type);
            } else {
                groups.add(new ArrayList<>(List.of(type)));
            }
        }
        return groups;
    }

    /**
     * True when two line styles read the same in a legend swatch: the same dash pattern, widths within a third of a
     * unit, and colours (alpha applied over white) closer than a reader tells apart in a thin line.
     */
    static boolean indistinguishable(TieStyle a, TieStyle b) {
        if (!a.dash().equals(b.dash()) || Math.abs(a.width() - b.width()) > 0.35) {
            return false;
        }
        double dr = overWhite(a.colour().r(), a.colour().alpha()) - overWhite(b.colour().r(), b.colour().alpha());
        double dg = overWhite(a.colour().g(), a.colour().alpha()) - overWhite(b.colour().g(), b.colour().alpha());
        double db = overWhite(a.colour().b(), a.colour().alpha()) - overWhite(b.colour().b(), b.colour().alpha());
        return Math.sqrt(dr * dr + dg * dg + db * db) < 48;
    }

    private static double overWhite(int channel, double alpha) {
        return channel * alpha + 255 * (1 - alpha);
    }

    /** "a", "a or b", "a, b or c". */
    private static String joinOr(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Row height for font size {@code fs}. */
    static double rowHeight(double fs) {
        return 1.55 * fs;
    }

    static double swatchWidth(double fs) {
        return 2.6 * fs;
    }

    static double padding(double fs) {
        return 0.8 * fs;
    }

    static double columnGap(double fs) {
        return 1.4 * fs;
    }

    double rowWidth(Row row, double fs) {
        return row.header() ? TextMetrics.width(row.text(), fs, true)
                : swatchWidth(fs) + 0.6 * fs + TextMetrics.width(row.text(), fs, false);
    }

    /**
     * Splits the rows into columns of at most {@code maxRows} rows; a header never ends a column (it moves to the
     * next, with its entries).
     */
    List<List<Row>> columns(int maxRows) {
        int limit = Math.max(2, maxRows);
        var columns = new ArrayList<List<Row>>();
        var current = new ArrayList<Row>();
        for (var row : rows) {
            if (current.size() == limit || current.size() == limit - 1 && row.header()) {
                columns.add(current);
                current = new ArrayList<>();
            }
            current.add(row);
        }
        if (!current.isEmpty()) {
            columns.add(current);
        }
        return columns;
    }

    /** Width and height of the framed legend laid out in {@code columns}, at font size {@code fs}. */
    double[] size(List<List<Row>> columns, double fs) {
        double w = 0;
        int tallest = 0;
        for (var col : columns) {
            double cw = 0;
            for (var row : col) {
                cw = Math.max(cw, rowWidth(row, fs));
            }
            w += cw;
            tallest = Math.max(tallest, col.size());
        }
        w += columnGap(fs) * (columns.size() - 1) + 2 * padding(fs);
        return new double[] {w, tallest * rowHeight(fs) + 2 * padding(fs)};
    }

    /** The drawables of the legend with its top-left corner at (x, y). */
    List<Drawable> draw(List<List<Row>> columns, double fs, double x, double y, VisualStyle style) {
        var out = new ArrayList<Drawable>();
        double[] size = size(columns, fs);
        out.add(new Drawable.Rect(x, y, size[0], size[1], 0.4 * fs, style.background(), style.mutedForeground(),
                Math.max(0.5, fs / 14)));
        double cx = x + padding(fs);
        for (var col : columns) {
            double cy = y + padding(fs);
            double cw = 0;
            for (var row : col) {
                cw = Math.max(cw, rowWidth(row, fs));
                double mid = cy + rowHeight(fs) / 2;
                double baseline = mid + 0.35 * fs;
                if (row.header()) {
                    out.add(new Drawable.Text(cx, baseline, row.text(), fs, style.foreground(), Anchor.START, true));
                } else {
                    out.add(swatch(row, cx, mid, fs, style));
                    out.add(new Drawable.Text(cx + swatchWidth(fs) + 0.6 * fs, baseline, row.text(), fs,
                            style.foreground(), Anchor.START, false));
                }
                cy += rowHeight(fs);
            }
            cx += cw + columnGap(fs);
        }
        return out;
    }

    private static Drawable swatch(Row row, double x, double mid, double fs, VisualStyle style) {
        double centre = x + swatchWidth(fs) / 2;
        double r = 0.42 * fs;
        return switch (row.swatch()) {
            case REGION -> new Drawable.Circle(centre, mid, r, style.regionColour(row.region()), style.stateStroke(),
                    fs / 14, null);
            case COMMUNITY -> new Drawable.Circle(centre, mid, r, row.colour(), style.stateStroke(), fs / 14, null);
            case STATE -> new Drawable.Circle(centre, mid, r, null, style.foreground(), fs / 10, null);
            case ORGANISATION -> new Drawable.RoundedSquare(centre, mid, r * 1.1, r * 0.35, style.organisationFill(),
                    style.organisationStroke(), fs / 10, null);
            case LINE -> {
                var t = row.line();
                double scale = fs / 14;
                double k = scale * 1.3;
                yield TieGeometry.line(x, mid, x + swatchWidth(fs), mid, 0, 0, 0, 0, t.arrow(), scale, t.colour(),
                        t.width() * k, t.dash().stream().map(d -> d * k).toList());
            }
            case NONE -> throw new IllegalStateException("a header has no swatch");
        };
    }
}
