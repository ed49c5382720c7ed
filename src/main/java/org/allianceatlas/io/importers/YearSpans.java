package org.allianceatlas.io.importers;

import org.allianceatlas.model.YearSpan;

/** Span arithmetic the importers need. */
final class YearSpans {

    private YearSpans() {
    }

    /** The smallest span covering both: the earlier start and the later end (open if either is open). */
    static YearSpan hull(YearSpan a, YearSpan b) {
        var start = a.start().compareTo(b.start()) <= 0 ? a.start() : b.start();
        var end = a.end() == null || b.end() == null ? null : a.end().compareTo(b.end()) >= 0 ? a.end() : b.end();
        return new YearSpan(start, end);
    }
}
