package org.allianceatlas.model;

import java.util.Objects;

/**
 * Where a fact comes from: a title and a URL (http/https) or a bibliographic citation. {@code id} is the name under
 * which a data file defines it (null for a source written inline).
 */
public record Source(String id, String title, String url, String citation, String publisher, PartialDate date,
                     PartialDate accessed) {

    public Source {
        Objects.requireNonNull(title, "title");
    }

    public static Source of(String title, String url) {
        return new Source(null, title, url, null, null, null, null);
    }

    /**
     * A one-line reference: title, publisher, then URL or citation. A citation that already names the title (a full
     * bibliographic reference, as the data format asks for, usually does) is the whole reference: the title and
     * publisher are not said a second time in front of it.
     */
    public String reference() {
        if (url == null && citation != null && citation.contains(title)) {
            return citation;
        }
        var sb = new StringBuilder(title);
        if (publisher != null) {
            sb.append(", ").append(publisher);
        }
        if (url != null) {
            sb.append(" <").append(url).append('>');
        } else if (citation != null) {
            sb.append(". ").append(citation);
        }
        return sb.toString();
    }
}
