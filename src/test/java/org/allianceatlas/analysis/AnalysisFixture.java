package org.allianceatlas.analysis;

import static org.allianceatlas.graph.TestData.clause;
import static org.allianceatlas.graph.TestData.member;
import static org.allianceatlas.graph.TestData.org;
import static org.allianceatlas.graph.TestData.state;

import java.util.List;

import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.Subregion;
import org.allianceatlas.model.TieType;

/**
 * A hand-checkable graph. Organisation "tri" (AAA, BBB, CCC); clauses CCC–DDD and DDD–EEE; FFF isolated.
 * Projection: a triangle AAA-BBB-CCC with a tail CCC-DDD-EEE:
 * <pre>
 *   AAA
 *    | \
 *   BBB-CCC-DDD-EEE
 * </pre>
 */
final class AnalysisFixture {

    private AnalysisFixture() {
    }

    static AlignmentView view() {
        var sub = Subregion.WESTERN_EUROPE;
        var ds = Dataset.of(
                List.of(state("AAA", sub), state("BBB", sub), state("CCC", sub), state("DDD", sub), state("EEE", sub),
                        state("FFF", sub)),
                List.of(org("tri", "2000", null, TieType.MUTUAL_DEFENCE)),
                List.of(member("AAA", "tri", "2000", null), member("BBB", "tri", "2000", null),
                        member("CCC", "tri", "2000", null)),
                List.of(clause("cd", TieType.CONSULTATION, "2001", null, null, "CCC", "DDD"),
                        clause("de", TieType.CONSULTATION, "2001", null, null, "DDD", "EEE")));
        return new AlignmentGraph(ds).view(FilterCriteria.forYear(2010));
    }
}
