package org.allianceatlas.model;

import java.util.Objects;

/**
 * A period with a start and an optional end ({@code null}: still in force). {@code end} is the first day the tie no
 * longer holds.
 *
 * <p><b>The year rule</b>, used everywhere: the view of year {@code Y} shows the world as of 31 December of
 * {@code Y}, so a span is in force in {@code Y} when {@code start.year <= Y} and ({@code end} is absent or
 * {@code end.year > Y}). Sweden (NATO from 2024-03-07) is in NATO in 2024, not 2023; the UK (EU end 2020-01-31) is
 * in the EU in 2019, not 2020.
 */
public record YearSpan(PartialDate start, PartialDate end) {

    public YearSpan {
        Objects.requireNonNull(start, "start");
    }

    public static YearSpan from(PartialDate start) {
        return new YearSpan(start, null);
    }

    /** True when the span is in force on 31 December of {@code year}. */
    public boolean activeIn(int year) {
        return start.year() <= year && (end == null || end.year() > year);
    }

    public boolean isOpen() {
        return end == null;
    }

    /** First year (inclusive) in which the span is in force. */
    public int firstYear() {
        return start.year();
    }

    /**
     * Last year (inclusive) in which the span is in force, or {@link Integer#MAX_VALUE} when open. May be less than
     * {@link #firstYear()} for a span that started and ended within one year (it is never shown).
     */
    public int lastYear() {
        return end == null ? Integer.MAX_VALUE : end.year() - 1;
    }

    /** True when the end is not before the start. */
    public boolean isOrdered() {
        return end == null || end.compareTo(start) >= 0;
    }

    /** True when the two spans share at least one day (ends are exclusive). */
    public boolean overlaps(YearSpan other) {
        boolean thisEndsBeforeOther = end != null && end.firstDay().compareTo(other.start.firstDay()) <= 0;
        boolean otherEndsBeforeThis = other.end != null && other.end.firstDay().compareTo(start.firstDay()) <= 0;
        return !thisEndsBeforeOther && !otherEndsBeforeThis;
    }

    /** True when {@code inner} lies within this span (both ends compared by their first day). */
    public boolean contains(YearSpan inner) {
        boolean startsInside = inner.start.firstDay().compareTo(start.firstDay()) >= 0
                || inner.start.year() == start.year() && !(inner.start.hasMonth() && start.hasMonth());
        boolean endsInside = end == null
                || inner.end != null && inner.end.firstDay().compareTo(end.firstDay()) <= 0
                || inner.end != null && inner.end.year() == end.year() && !(inner.end.hasMonth() && end.hasMonth());
        return startsInside && endsInside;
    }

    @Override
    public String toString() {
        return start + "–" + (end == null ? "" : end.toString());
    }
}
