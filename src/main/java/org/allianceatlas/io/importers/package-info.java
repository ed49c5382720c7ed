/**
 * Importers for the two standard research datasets on alliances — ATOP (Alliance Treaty Obligations and Provisions,
 * v4 and v5) and the Correlates of War Formal Alliances v4.1 — and the COW ↔ ISO 3166 state-code crosswalk.
 * They read CSV (Apache Commons CSV), report every malformed row with its line and column, and produce a model
 * {@code Dataset} that keeps the source dataset's identity on every membership and clause.
 *
 * <p>Part of {@code io}: may use {@code model} and {@code io}'s problems and reports; {@code io} does not use this
 * package (the project file names a research dataset by its key), so the two have no cycle. Must not import
 * {@code graph} or anything above it, nor JavaFX.
 */
package org.allianceatlas.io.importers;
