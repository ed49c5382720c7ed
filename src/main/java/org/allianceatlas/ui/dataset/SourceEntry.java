package org.allianceatlas.ui.dataset;

/**
 * One distinct source of the dataset, for Help &gt; Data sources.
 *
 * @param url      http/https link, or null for a bibliographic citation
 * @param citation the full reference when there is no URL, or null
 * @param uses     how many organisations, memberships and clauses cite it (at least 1)
 */
public record SourceEntry(String title, String publisher, String url, String citation, int uses) {

    /** "NATO member countries — NATO · cited 32 times". */
    public String description() {
        var sb = new StringBuilder();
        if (publisher != null && !publisher.isBlank()) {
            sb.append(publisher).append(" · ");
        }
        sb.append(uses == 1 ? "cited once" : "cited " + uses + " times");
        if (url == null && citation != null) {
            sb.append(" · ").append(citation);
        }
        return sb.toString();
    }
}
