/**
 * Reading, validating and writing the Alliance Atlas JSON format ({@code docs/data-format.md}).
 *
 * <p>{@link org.allianceatlas.io.DatasetLoader} reads files with Jackson's streaming parser into a small tree that
 * keeps each value's line, column and JSON path (docs/decisions/0002-located-json-tree.md), maps it to the model
 * and cross-checks it, collecting every problem into a {@link org.allianceatlas.io.ValidationReport}.
 * {@link org.allianceatlas.io.DatasetWriter} writes a dataset back, atomically. The project file ({@code .atlas},
 * docs/project-file.md) is read the same way by {@link org.allianceatlas.io.ProjectFileReader} into a located
 * {@link org.allianceatlas.io.ProjectDocument} and written by {@link org.allianceatlas.io.ProjectFileWriter}.
 *
 * <p>Depends on {@code model} and Jackson only; the only package that may import Jackson. Must not import
 * {@code graph} or anything above it, JGraphT or JavaFX, and never prints.
 */
package org.allianceatlas.io;
