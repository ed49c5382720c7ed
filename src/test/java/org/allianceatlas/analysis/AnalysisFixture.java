package org.allianceatlas.analysis;

import static org.allianceatlas.graph.TestData.clause;
import static org.allianceatlas.graph.TestData.member;
import static org.allianceatlas.graph.TestData.org;
import static org.allianceatlas.graph.TestData.state;

import java.util.List;

import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.model.Clause;
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

    /**
     * A diamond: five bilateral clauses, one per link, so every link weighs 1. AAA and BBB have three partners each,
     * CCC and DDD two; CCC and DDD are not tied, so two shortest paths join them (through AAA and through BBB).
     * <pre>
     *       AAA
     *     /  |  \
     *   CCC  |  DDD
     *     \  |  /
     *       BBB
     * </pre>
     * Clause ids name their pair: {@code ab}, {@code ac}, {@code ad}, {@code bc}, {@code bd}.
     */
    static AlignmentView diamond() {
        var sub = Subregion.WESTERN_EUROPE;
        var ds = Dataset.of(
                List.of(state("AAA", sub), state("BBB", sub), state("CCC", sub), state("DDD", sub)),
                List.of(), List.of(),
                List.of(pair("ab", "AAA", "BBB"), pair("ac", "AAA", "CCC"), pair("ad", "AAA", "DDD"),
                        pair("bc", "BBB", "CCC"), pair("bd", "BBB", "DDD")));
        return new AlignmentGraph(ds).view(FilterCriteria.forYear(2010));
    }

    /**
     * Two blocs held together by one tie: organisation "west" (AAA, BBB, CCC, DDD) and organisation "east" (EEE, FFF,
     * GGG, HHH) make two 4-cliques of the projection, and the clause {@code de} ties DDD to EEE.
     * <pre>
     *   AAA---BBB       FFF---GGG
     *    | \ / |         | \ / |
     *    | / \ |         | / \ |
     *   CCC---DDD-------EEE---HHH
     * </pre>
     */
    static AlignmentView twoCliquesAndABridge() {
        var sub = Subregion.WESTERN_EUROPE;
        var states = List.of("AAA", "BBB", "CCC", "DDD", "EEE", "FFF", "GGG", "HHH");
        var ds = Dataset.of(
                states.stream().map(id -> state(id, sub)).toList(),
                List.of(org("west", "2000", null, TieType.MUTUAL_DEFENCE),
                        org("east", "2000", null, TieType.MUTUAL_DEFENCE)),
                states.stream().map(id -> member(id, id.compareTo("DDD") <= 0 ? "west" : "east", "2000", null))
                        .toList(),
                List.of(pair("de", "DDD", "EEE")));
        return new AlignmentGraph(ds).view(FilterCriteria.forYear(2010));
    }

    /**
     * Two islands: a path AAA–BBB–CCC and a pair DDD–EEE, not tied to each other (a view that falls apart, as most
     * years' views do).
     */
    static AlignmentView twoIslands() {
        var sub = Subregion.WESTERN_EUROPE;
        var ds = Dataset.of(
                List.of(state("AAA", sub), state("BBB", sub), state("CCC", sub), state("DDD", sub), state("EEE", sub)),
                List.of(), List.of(),
                List.of(pair("ab", "AAA", "BBB"), pair("bc", "BBB", "CCC"), pair("de", "DDD", "EEE")));
        return new AlignmentGraph(ds).view(FilterCriteria.forYear(2010));
    }

    private static Clause pair(String id, String a, String b) {
        return clause(id, TieType.CONSULTATION, "2001", null, null, a, b);
    }
}
