package org.allianceatlas.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.model.Clause;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.Membership;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.OrganisationKind;
import org.allianceatlas.model.PartialDate;
import org.allianceatlas.model.Role;
import org.allianceatlas.model.Source;
import org.allianceatlas.model.State;
import org.allianceatlas.model.Subregion;
import org.allianceatlas.model.TieType;
import org.allianceatlas.model.YearSpan;

/**
 * A small dataset with real capitals: western Europe (dense: Brussels, Amsterdam and Luxembourg are 150–200 km
 * apart; Rome and the Vatican 3 km), the Nordics, the USA, Japan, Australia and New Zealand.
 * nato: FRA BEL NLD LUX GBR NOR ITA USA from 1949, DEU 1955, FIN 2023-04-04, SWE 2024-03-07.
 * eu: FRA DEU ITA BEL NLD LUX 1958, GBR 1973–2020-01-31, SWE FIN 1995. anzus: AUS NZL USA 1951.
 * Clauses: aachen (FRA DEU, 2019), us-japan (1960).
 */
final class LayoutFixtures {

    private static final List<Source> SRC = List.of(Source.of("Test", "https://example.org/"));

    private LayoutFixtures() {
    }

    static State state(String id, Subregion sub, double lat, double lon) {
        return new State(id, id, sub.region(), sub, null, lat, lon, null, null, null);
    }

    static Dataset world() {
        var states = List.of(
                state("FRA", Subregion.WESTERN_EUROPE, 48.8566, 2.3522),
                state("DEU", Subregion.WESTERN_EUROPE, 52.5200, 13.4050),
                state("BEL", Subregion.WESTERN_EUROPE, 50.8503, 4.3517),
                state("NLD", Subregion.WESTERN_EUROPE, 52.3676, 4.9041),
                state("LUX", Subregion.WESTERN_EUROPE, 49.6116, 6.1319),
                state("GBR", Subregion.NORTHERN_EUROPE, 51.5072, -0.1276),
                state("NOR", Subregion.NORTHERN_EUROPE, 59.9139, 10.7522),
                state("SWE", Subregion.NORTHERN_EUROPE, 59.3293, 18.0686),
                state("FIN", Subregion.NORTHERN_EUROPE, 60.1699, 24.9384),
                state("ITA", Subregion.SOUTHERN_EUROPE, 41.9028, 12.4964),
                state("VAT", Subregion.SOUTHERN_EUROPE, 41.9029, 12.4534),
                state("USA", Subregion.NORTHERN_AMERICA, 38.9072, -77.0369),
                state("JPN", Subregion.EASTERN_ASIA, 35.6762, 139.6503),
                state("AUS", Subregion.AUSTRALIA_AND_NEW_ZEALAND, -35.2809, 149.1300),
                state("NZL", Subregion.AUSTRALIA_AND_NEW_ZEALAND, -41.2865, 174.7762));
        var orgs = List.of(org("nato", "1949-04-04", TieType.MUTUAL_DEFENCE),
                org("eu", "1958-01-01", TieType.MUTUAL_DEFENCE, TieType.DEFENCE_COOPERATION),
                org("anzus", "1951-09-01", TieType.MUTUAL_DEFENCE));
        var ms = new ArrayList<Membership>();
        for (var s : List.of("FRA", "BEL", "NLD", "LUX", "GBR", "NOR", "ITA", "USA")) {
            ms.add(member(s, "nato", "1949-08-24", null));
        }
        ms.add(member("DEU", "nato", "1955-05-06", null));
        ms.add(member("FIN", "nato", "2023-04-04", null));
        ms.add(member("SWE", "nato", "2024-03-07", null));
        for (var s : List.of("FRA", "DEU", "ITA", "BEL", "NLD", "LUX")) {
            ms.add(member(s, "eu", "1958-01-01", null));
        }
        ms.add(member("GBR", "eu", "1973-01-01", "2020-01-31"));
        ms.add(member("SWE", "eu", "1995-01-01", null));
        ms.add(member("FIN", "eu", "1995-01-01", null));
        for (var s : List.of("AUS", "NZL", "USA")) {
            ms.add(member(s, "anzus", "1952-04-29", null));
        }
        var clauses = List.of(clause("aachen", "2019-01-22", "FRA", "DEU"), clause("us-japan", "1960-01-19", "USA",
                "JPN"));
        return Dataset.of(states, orgs, ms, clauses);
    }

    static AlignmentView view(int year) {
        return new AlignmentGraph(world()).view(FilterCriteria.forYear(year));
    }

    private static Organisation org(String id, String founded, TieType... types) {
        return new Organisation(id, id.toUpperCase(), null, OrganisationKind.ALLIANCE,
                YearSpan.from(PartialDate.parse(founded)), Set.of(types), false, null, null, null, SRC, null);
    }

    private static Membership member(String state, String org, String start, String end) {
        return new Membership(state, org, new YearSpan(PartialDate.parse(start),
                end == null ? null : PartialDate.parse(end)), Role.MEMBER, SRC, null, false);
    }

    private static Clause clause(String id, String signed, String... parties) {
        return new Clause(id, id, List.of(parties), TieType.MUTUAL_DEFENCE, PartialDate.parse(signed), null, null,
                null, true, null, SRC, null, false);
    }

    /** Asserts that every visible vertex has a finite position and no two are closer than their radii. */
    static void assertPlacedWithoutOverlap(AlignmentView view, Positions positions, VertexSizes sizes) {
        assertEquals(view.vertices().size(), positions.size(), "one position per visible vertex");
        var radii = sizes.radiiOf(view);
        var ids = new ArrayList<>(positions.asMap().keySet());
        for (var id : ids) {
            var p = positions.of(id).orElseThrow();
            assertTrue(Double.isFinite(p.x()) && Double.isFinite(p.y()), id + " has a finite position");
        }
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                var a = ids.get(i);
                var b = ids.get(j);
                double d = positions.of(a).orElseThrow().distance(positions.of(b).orElseThrow());
                assertTrue(d >= radii.get(a) + radii.get(b),
                        a + " and " + b + " overlap: " + d + " < " + (radii.get(a) + radii.get(b)));
            }
        }
    }
}
