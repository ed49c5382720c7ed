/**
 * Saved views and the project file ({@code .atlas}, docs/project-file.md): a {@link org.allianceatlas.project.Project}
 * is the data it loads (files, a research import) and an ordered list of
 * {@link org.allianceatlas.project.SavedView}s, each a complete description of one picture (year, filters, layout,
 * label mode, organisation display, map mode, viewport, highlight, title). {@link
 * org.allianceatlas.project.ProjectReader} maps the located document that {@code io} reads to these values and checks
 * what only this layer can (ids unknown to the loaded data, data files that moved); {@link
 * org.allianceatlas.project.ProjectWriter} writes a project back atomically, with paths relative to the file.
 *
 * <p>Sits between {@code export} and {@code service}: may use {@code model}, {@code io} (the document, never
 * Jackson), {@code graph}, {@code layout} and {@code export}; must not import {@code service}, {@code cli}, {@code ui},
 * JavaFX or Jackson, and never prints.
 */
package org.allianceatlas.project;
