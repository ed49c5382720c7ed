package org.allianceatlas.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.layout.Positions;
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
 * Run in a JVM of its own by {@link GexfExporterTest}: writes the GEXF of a large dataset built in code (2,000
 * organisations of 50 members each, spells between 1816 and 2024) to nowhere, and prints the bytes written. Exits
 * with 0 when it could.
 */
final class GexfMemoryProbe {

    private GexfMemoryProbe() {
    }

    public static void main(String[] args) throws IOException {
        var random = new Random(7);
        var src = List.of(Source.of("t", "https://example.org/"));
        var states = new ArrayList<State>();
        for (int i = 0; i < 500; i++) {
            var id = "" + (char) ('A' + i / 676) + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
            var sub = Subregion.values()[i % Subregion.values().length];
            states.add(new State(id, "State " + i, sub.region(), sub, null, random.nextDouble() * 120 - 60,
                    random.nextDouble() * 350 - 175, null, null, null));
        }
        var organisations = new ArrayList<Organisation>();
        var memberships = new ArrayList<Membership>();
        for (int o = 0; o < 2_000; o++) {
            var id = "org-" + o;
            organisations.add(new Organisation(id, "Organisation " + o, null, OrganisationKind.ALLIANCE,
                    YearSpan.from(PartialDate.ofYear(1816)), Set.of(TieType.MUTUAL_DEFENCE), false, null, null, null,
                    src, null));
            for (int m = 0; m < 50; m++) {
                int start = 1816 + random.nextInt(200);
                int end = start + 1 + random.nextInt(2030 - start);
                memberships.add(new Membership(states.get(random.nextInt(states.size())).id(), id,
                        new YearSpan(PartialDate.ofYear(start), end > 2024 ? null : PartialDate.ofYear(end)),
                        Role.MEMBER, src, null, false));
            }
        }
        var graph = new AlignmentGraph(Dataset.of(states, organisations, memberships, List.of()));
        var counter = new OutputStream() {
            long bytes;

            @Override
            public void write(int b) {
                bytes++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes += len;
            }
        };
        new GexfExporter().write(graph.view(FilterCriteria.forYear(2024)), Positions.empty(), counter);
        System.out.println(counter.bytes);
    }
}
