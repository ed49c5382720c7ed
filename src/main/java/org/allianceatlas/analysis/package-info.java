/**
 * Analyses of a view, each a JGraphT algorithm with its result as an immutable record: centrality metrics
 * ({@link org.allianceatlas.analysis.MetricsCalculator}), blocs — maximal cliques, communities, cut-points and
 * bridges ({@link org.allianceatlas.analysis.BlocFinder}) — alignment paths between two states
 * ({@link org.allianceatlas.analysis.PathFinder}) and the year-to-year comparison
 * ({@link org.allianceatlas.analysis.YearComparison}). Every result carries a one-line explanation a non-specialist
 * understands.
 *
 * <p>Depends on {@code model}, {@code graph} and JGraphT core; must not import JavaFX, Jackson or
 * {@code org.jgrapht.nio}.
 */
package org.allianceatlas.analysis;
