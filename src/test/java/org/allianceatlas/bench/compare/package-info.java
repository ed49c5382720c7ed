/**
 * The five views of issue 12's measurements (world, Europe, Asia and Africa in 2024; NATO and the Warsaw Pact in 1985)
 * and our slide export of them, timed in parts. Used by the Gephi comparison ({@code mvn -Pgephi test-compile
 * exec:exec@compare}, sources in {@code src/gephi/java}); kept here, in the normal test build, so that a change to the
 * export API or to the CLI's defaults shows at once in {@code mvn verify} ({@code SlideExportTest}) rather than on the
 * next comparison run.
 */
package org.allianceatlas.bench.compare;
