package org.allianceatlas.ui.details;

import java.util.List;
import java.util.Objects;

/**
 * What the details panel shows for one selection, as plain data: a title, a subtitle, an optional notice and
 * sections of entries with source links. The view turns it into labels and hyperlinks; tests read it directly.
 *
 * @param notice a caveat above the sections ("Not drawn with the current filters"), or empty
 */
public record Details(String title, String subtitle, String notice, List<Section> sections) {

    public Details {
        Objects.requireNonNull(title, "title");
        subtitle = subtitle == null ? "" : subtitle;
        notice = notice == null ? "" : notice;
        sections = List.copyOf(sections);
    }

    /**
     * A titled list of entries.
     *
     * @param empty what to say when there are no entries ("No memberships in 2024.")
     */
    public record Section(String heading, List<Entry> entries, String empty) {
        public Section {
            entries = List.copyOf(entries);
            empty = empty == null ? "" : empty;
        }
    }

    /**
     * One fact: a main line, a secondary line (role, dates, kind), an optional note, and its sources.
     */
    public record Entry(String text, String secondary, String note, List<Link> sources) {
        public Entry {
            secondary = secondary == null ? "" : secondary;
            note = note == null ? "" : note;
            sources = List.copyOf(sources);
        }

        public static Entry of(String text, String secondary) {
            return new Entry(text, secondary, "", List.of());
        }
    }

    /**
     * A source or web page. {@code url} is null for a bibliographic citation, which is shown as text.
     */
    public record Link(String label, String url) {
    }

    /** The whole document as text, one fact a line: what "Copy" puts on the clipboard and what tests read. */
    public String plainText() {
        var sb = new StringBuilder(title);
        if (!subtitle.isEmpty()) {
            sb.append('\n').append(subtitle);
        }
        if (!notice.isEmpty()) {
            sb.append('\n').append(notice);
        }
        for (var s : sections) {
            sb.append("\n\n").append(s.heading());
            if (s.entries().isEmpty() && !s.empty().isEmpty()) {
                sb.append("\n  ").append(s.empty());
            }
            for (var e : s.entries()) {
                sb.append("\n- ").append(e.text());
                if (!e.secondary().isEmpty()) {
                    sb.append("\n  ").append(e.secondary());
                }
                if (!e.note().isEmpty()) {
                    sb.append("\n  ").append(e.note());
                }
                for (var l : e.sources()) {
                    sb.append("\n  Source: ").append(l.label());
                    if (l.url() != null) {
                        sb.append(" <").append(l.url()).append('>');
                    }
                }
            }
        }
        return sb.toString();
    }
}
