package org.allianceatlas.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.layout.GeographicLayout;
import org.allianceatlas.layout.Positions;
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

/**
 * A small dataset for the exporters, with names that must be escaped.
 * States: FRA DEU GBR SWE FIN (Europe), TUR (Asia), UKR (Europe), USA (Americas), XSC named
 * {@code <script>alert(1)</script>} (Western Europe, in "A & B").
 * nato: FRA GBR USA 1949, TUR 1952, DEU 1955, FIN 2023-04-04, SWE 2024-03-07.
 * eu: FRA DEU 1958, GBR 1973–2020-01-31, SWE FIN 1995. ab ("A & B", consultation): FRA XSC 2000.
 * udcg (security assistance, informal): USA GBR DEU, beneficiary UKR, 2022; armour (parent udcg): GBR 2024.
 * Clauses: aachen FRA–DEU mutual defence 2019; tb2 TUR → UKR arms transfer 2019; trio FRA DEU GBR consultation
 * 2010.
 */
final class ExportFixtures {

    static final List<Source> SRC = List.of(Source.of("Test source", "https://example.org/"));

    private ExportFixtures() {
    }

    static Dataset dataset() {
        var states = List.of(
                state("FRA", "France", Subregion.WESTERN_EUROPE, 48.8566, 2.3522),
                state("DEU", "Germany", Subregion.WESTERN_EUROPE, 52.52, 13.405),
                state("GBR", "United Kingdom", Subregion.NORTHERN_EUROPE, 51.5072, -0.1276),
                state("SWE", "Sweden", Subregion.NORTHERN_EUROPE, 59.3293, 18.0686),
                state("FIN", "Finland", Subregion.NORTHERN_EUROPE, 60.1699, 24.9384),
                state("TUR", "Türkiye", Subregion.WESTERN_ASIA, 39.9334, 32.8597),
                state("UKR", "Ukraine", Subregion.EASTERN_EUROPE, 50.4501, 30.5234),
                state("USA", "United States", Subregion.NORTHERN_AMERICA, 38.9072, -77.0369),
                state("XSC", "<script>alert(1)</script>", Subregion.WESTERN_EUROPE, 47.0, 8.0));
        var orgs = List.of(
                org("nato", "North Atlantic Treaty Organization", "NATO", "1949-04-04", null, false,
                        TieType.MUTUAL_DEFENCE),
                org("eu", "European Union", "EU", "1958-01-01", null, false, TieType.MUTUAL_DEFENCE,
                        TieType.DEFENCE_COOPERATION),
                org("ab", "A & B", null, "2000", null, false, TieType.CONSULTATION),
                org("udcg", "Ukraine Defense Contact Group", "UDCG", "2022-04-26", null, true,
                        TieType.SECURITY_ASSISTANCE),
                org("armour", "Armour Coalition", null, "2024-02", "udcg", true, TieType.SECURITY_ASSISTANCE));
        var ms = new ArrayList<Membership>();
        for (var s : List.of("FRA", "GBR", "USA")) {
            ms.add(member(s, "nato", "1949-08-24", null, Role.FOUNDER));
        }
        ms.add(member("TUR", "nato", "1952-02-18", null, Role.MEMBER));
        ms.add(member("DEU", "nato", "1955-05-06", null, Role.MEMBER));
        ms.add(member("FIN", "nato", "2023-04-04", null, Role.MEMBER));
        ms.add(member("SWE", "nato", "2024-03-07", null, Role.MEMBER));
        ms.add(member("FRA", "eu", "1958-01-01", null, Role.FOUNDER));
        ms.add(member("DEU", "eu", "1958-01-01", null, Role.FOUNDER));
        ms.add(member("GBR", "eu", "1973-01-01", "2020-01-31", Role.MEMBER));
        ms.add(member("SWE", "eu", "1995-01-01", null, Role.MEMBER));
        ms.add(member("FIN", "eu", "1995-01-01", null, Role.MEMBER));
        ms.add(member("FRA", "ab", "2000", null, Role.MEMBER));
        ms.add(member("XSC", "ab", "2000", null, Role.MEMBER));
        for (var s : List.of("USA", "GBR", "DEU")) {
            ms.add(member(s, "udcg", "2022-04-26", null, Role.PARTICIPANT));
        }
        ms.add(member("UKR", "udcg", "2022-04-26", null, Role.BENEFICIARY));
        ms.add(member("GBR", "armour", "2024-02", null, Role.LEAD));
        var clauses = List.of(
                new Clause("aachen", "Treaty of Aachen", List.of("FRA", "DEU"), TieType.MUTUAL_DEFENCE,
                        PartialDate.parse("2019-01-22"), PartialDate.parse("2020-01-22"), null, "Art. 4(1)", true,
                        null, SRC, null, false),
                new Clause("tb2", "Bayraktar TB2 to Ukraine", List.of("TUR", "UKR"), TieType.ARMS_TRANSFER,
                        PartialDate.parse("2019"), null, null, null, true, new Direction("TUR", "UKR"), SRC, null,
                        false),
                new Clause("trio", "Trio consultations, \"informal\"", List.of("FRA", "DEU", "GBR"),
                        TieType.CONSULTATION, PartialDate.parse("2010"), null, null, null, false, null, SRC, null,
                        false));
        return Dataset.of(states, orgs, ms, clauses);
    }

    static AlignmentGraph graph() {
        return new AlignmentGraph(dataset());
    }

    static AlignmentView view(int year) {
        return graph().view(FilterCriteria.forYear(year));
    }

    static Positions positions(AlignmentView view) {
        return new GeographicLayout().layout(view, Positions.empty());
    }

    static ExportJob job(AlignmentView view, Path target, boolean overwrite) {
        return new ExportJob(view, positions(view), ImageOptions.defaults(), target, overwrite);
    }

    static String read(Path p) throws java.io.IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    private static State state(String id, String name, Subregion sub, double lat, double lon) {
        return new State(id, name, sub.region(), sub, null, lat, lon, null, null, null);
    }

    private static Organisation org(String id, String name, String acronym, String founded, String parent,
                                    boolean informal, TieType... types) {
        return new Organisation(id, name, acronym, OrganisationKind.ALLIANCE,
                YearSpan.from(PartialDate.parse(founded)), Set.of(types), informal, parent, null, null, SRC, null);
    }

    private static Membership member(String state, String org, String start, String end, Role role) {
        return new Membership(state, org, new YearSpan(PartialDate.parse(start),
                end == null ? null : PartialDate.parse(end)), role, SRC, null, false);
    }
}
