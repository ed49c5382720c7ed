/**
 * The alignment graph: one JGraphT multigraph of the whole dataset (states and organisations as vertices,
 * memberships and clauses as edges), filter criteria as values, filtered <em>views</em> of it (JGraphT
 * {@code MaskSubgraph}, never copies) and the state–state projection used by the analyses.
 *
 * <p>Depends on {@code model} and JGraphT core only; must not import {@code io}, Jackson, {@code org.jgrapht.nio} or
 * JavaFX.
 */
package org.allianceatlas.graph;
