package org.allianceatlas.service;

/**
 * How much a dataset holds: in total ({@code year} null), or in force as of 31 December of {@code year} (states
 * that exist, organisations that exist, memberships in force, clauses in force on the chosen date basis).
 */
public record Summary(Integer year, int states, int organisations, int memberships, int clauses) {
}
