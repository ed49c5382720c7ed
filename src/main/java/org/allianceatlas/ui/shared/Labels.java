package org.allianceatlas.ui.shared;

import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.PartialDate;
import org.allianceatlas.model.YearSpan;

/** How the desktop app names things in lists, details and the status bar, so every panel says it the same way. */
public final class Labels {

    private Labels() {
    }

    /** "NATO — North Atlantic Treaty Organization", or the bare name when there is no distinct acronym. */
    public static String organisation(Organisation o) {
        var acronym = o.acronym();
        return acronym == null || acronym.isBlank() || acronym.equals(o.name()) ? o.name()
                : acronym + " — " + o.name();
    }

    /** "Geographic", "Force-directed", "Circular": a layout as the menus name it. */
    public static String layout(LayoutKind kind) {
        return switch (kind) {
            case GEOGRAPHIC -> "Geographic";
            case FORCE -> "Force-directed";
            case CIRCULAR -> "Circular";
        };
    }

    /** "Alliance", or "Organisation" when the data gives no kind. */
    public static String kind(Organisation o) {
        return o.kind() == null ? "Organisation" : o.kind().label();
    }

    /** "since 1949" for an open span, "1955–1991" for a closed one (years of start and end dates). */
    public static String years(YearSpan span) {
        return span.isOpen() ? "since " + span.firstYear() : span.firstYear() + "–" + span.end().year();
    }

    /** "2024-03-07 – open" style date range, with the dates as precise as the data gives them. */
    public static String dates(YearSpan span) {
        return span.start() + " – " + (span.isOpen() ? "open" : span.end().toString());
    }

    /** A date, or "—" when unknown. */
    public static String date(PartialDate date) {
        return date == null ? "—" : date.toString();
    }

    /** "1 state", "2 states": a count with a noun that takes a plain -s. */
    public static String count(int n, String noun) {
        return String.format("%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
