/**
 * The facade the CLI and the desktop app share ({@link org.allianceatlas.service.AtlasService}): load the shipped
 * and the user's data, keep the current dataset and graph, filter, and answer the questions both ask (summary
 * counts, the members of an organisation in a year, the ties of a state in a year), with small records as results;
 * and projects and presentations: open and save a project, draw a saved view, the timeline animation, a slide deck.
 *
 * <p>May use every core package ({@code model}, {@code io}, {@code graph}, {@code analysis}, {@code layout},
 * {@code export}, {@code project}); must not import {@code cli} or {@code ui}, JavaFX, Jackson or
 * {@code org.jgrapht.nio}, and never prints: problems are returned in {@link org.allianceatlas.io.ValidationReport}s
 * and exceptions.
 */
package org.allianceatlas.service;
