/**
 * The domain model: immutable records of states, organisations, memberships and clauses, and the date rules that
 * decide what is in force in a year.
 *
 * <p>Imports {@code java.*} only: no Jackson, no JGraphT, no JavaFX. Identity is by id (a state by its ISO 3166
 * alpha-3 code, an organisation or clause by its slug).
 */
package org.allianceatlas.model;
