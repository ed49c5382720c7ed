package org.allianceatlas.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.allianceatlas.model.Clause;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.Direction;
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

/** A small hand-built dataset with the facts the graph tests check. */
public final class TestData {

    public static final List<Source> SRC = List.of(Source.of("Test source", "https://example.org/"));

    private TestData() {
    }

    public static State state(String id, Subregion sub) {
        return new State(id, id, sub.region(), sub, null, 0, 0, null, null, null);
    }

    public static Organisation org(String id, String founded, String dissolved, TieType... types) {
        return new Organisation(id, id.toUpperCase(), null, OrganisationKind.ALLIANCE, span(founded, dissolved),
                Set.of(types), false, null, null, null, SRC, null);
    }

    public static YearSpan span(String start, String end) {
        return new YearSpan(PartialDate.parse(start), end == null ? null : PartialDate.parse(end));
    }

    public static Membership member(String state, String org, String start, String end) {
        return new Membership(state, org, span(start, end), Role.MEMBER, SRC, null, false);
    }

    public static Clause clause(String id, TieType type, String signed, String inForce, String end, String... parties) {
        return new Clause(id, id, List.of(parties), type, PartialDate.parse(signed),
                inForce == null ? null : PartialDate.parse(inForce), end == null ? null : PartialDate.parse(end),
                null, true, null, SRC, null, false);
    }

    /**
     * States: SWE, FIN, NOR, DEU, FRA, GBR, GRC (Europe), USA (Americas), TUR, UKR, ISL (isolated), SUN (ends 1991).
     * nato (1949-): NOR, FRA, GBR, USA 1949; DEU 1955; GRC 1952; TUR 1952; FIN 2023-04-04; SWE 2024-03-07.
     * eu (1958-): DEU, FRA 1958; GBR 1973-01-01 to 2020-01-31; GRC 1981; SWE, FIN 1995.
     * wp (1955-05-14 to 1991-07-01): SUN.
     * GRC left and rejoined a test organisation "club" (two spells).
     * Clauses: aachen-2019 (FRA, DEU, mutual defence, in force 2020-01-22); tur-ukr-2019 (arms transfer TUR → UKR);
     * trio-2010 (FRA, DEU, GBR, consultation, no entry into force).
     */
    public static Dataset small() {
        var states = List.of(state("SWE", Subregion.NORTHERN_EUROPE), state("FIN", Subregion.NORTHERN_EUROPE),
                state("NOR", Subregion.NORTHERN_EUROPE), state("DEU", Subregion.WESTERN_EUROPE),
                state("FRA", Subregion.WESTERN_EUROPE), state("GBR", Subregion.NORTHERN_EUROPE),
                state("GRC", Subregion.SOUTHERN_EUROPE), state("USA", Subregion.NORTHERN_AMERICA),
                state("TUR", Subregion.WESTERN_ASIA), state("UKR", Subregion.EASTERN_EUROPE),
                state("ISL", Subregion.NORTHERN_EUROPE),
                new State("SUN", "Soviet Union", null, Subregion.EASTERN_EUROPE, null, 0, 0, 365,
                        span("1922", "1991-12-26"), null));
        var orgs = List.of(org("nato", "1949-04-04", null, TieType.MUTUAL_DEFENCE),
                org("eu", "1958-01-01", null, TieType.MUTUAL_DEFENCE, TieType.DEFENCE_COOPERATION),
                org("wp", "1955-05-14", "1991-07-01", TieType.MUTUAL_DEFENCE),
                org("club", "1990", null, TieType.CONSULTATION));
        var ms = new ArrayList<Membership>();
        for (var s : List.of("NOR", "FRA", "GBR", "USA")) {
            ms.add(member(s, "nato", "1949-08-24", null));
        }
        ms.add(member("GRC", "nato", "1952-02-18", null));
        ms.add(member("TUR", "nato", "1952-02-18", null));
        ms.add(member("DEU", "nato", "1955-05-06", null));
        ms.add(member("FIN", "nato", "2023-04-04", null));
        ms.add(member("SWE", "nato", "2024-03-07", null));
        ms.add(member("DEU", "eu", "1958-01-01", null));
        ms.add(member("FRA", "eu", "1958-01-01", null));
        ms.add(member("GBR", "eu", "1973-01-01", "2020-01-31"));
        ms.add(member("GRC", "eu", "1981-01-01", null));
        ms.add(member("SWE", "eu", "1995-01-01", null));
        ms.add(member("FIN", "eu", "1995-01-01", null));
        ms.add(member("SUN", "wp", "1955-05-14", "1991-07-01"));
        ms.add(member("GRC", "club", "1990", "2000"));
        ms.add(member("GRC", "club", "2005", null));
        var arms = new Clause("tur-ukr-2019", "TB2", List.of("TUR", "UKR"), TieType.ARMS_TRANSFER,
                PartialDate.parse("2019"), null, null, null, true, new Direction("TUR", "UKR"), SRC, null, false);
        var clauses = List.of(
                clause("aachen-2019", TieType.MUTUAL_DEFENCE, "2019-01-22", "2020-01-22", null, "FRA", "DEU"),
                arms,
                clause("trio-2010", TieType.CONSULTATION, "2010", null, null, "FRA", "DEU", "GBR"));
        return Dataset.of(states, orgs, ms, clauses);
    }
}
