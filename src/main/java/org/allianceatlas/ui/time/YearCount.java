package org.allianceatlas.ui.time;

/**
 * One bar of the timeline strip.
 *
 * @param year    the year (as of 31 December)
 * @param ties    ties the view shows that year
 * @param changed true when the set of ties differs from the year before (false for the first year)
 */
public record YearCount(int year, int ties, boolean changed) {
}
