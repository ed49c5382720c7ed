/**
 * The facade the CLI and the desktop app share ({@link org.allianceatlas.service.AtlasService}): load the shipped
 * and the user's data, keep the current dataset and graph, filter, lay out (every year of a filter set at once), answer
 * the questions both ask (summary counts, the members of an organisation in a year, the ties of a state in a year), and
 * write what both write — exports of a view ({@link org.allianceatlas.service.ExportRequest} →
 * {@link org.allianceatlas.service.ExportResult}), imports to a data file
 * ({@link org.allianceatlas.service.ImportRequest} → {@link org.allianceatlas.service.ImportOutcome}), the metrics
 * table — with small records as requests and results; and projects and presentations: open and save a project, draw a
 * saved view, the timeline animation, a slide deck.
 *
 * <p>May use every core package ({@code model}, {@code io}, {@code graph}, {@code analysis}, {@code layout},
 * {@code export}, {@code project}); must not import {@code cli} or {@code ui}, JavaFX, Jackson or
 * {@code org.jgrapht.nio}, and never prints: problems are returned in {@link org.allianceatlas.io.ValidationReport}s
 * and exceptions.
 */
package org.allianceatlas.service;
