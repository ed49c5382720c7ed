package org.allianceatlas.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

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
 * Generated datasets for benchmarks: {@code states} states spread over all sub-regions, {@code organisations}
 * organisations of 3 to {@code maxMembers} members with spells between 1945 and 2025, and {@code clauses} bilateral
 * clauses. Deterministic for a given seed.
 */
public final class SyntheticDatasets {

    private static final List<Source> SRC = List.of(Source.of("Synthetic", "https://example.org/"));

    private SyntheticDatasets() {
    }

    /** The shipped data, loaded from the class path; fails loudly if it does not validate. */
    public static Dataset shipped() {
        var r = new org.allianceatlas.io.DatasetLoader().load(org.allianceatlas.io.DataInput.shipped());
        if (r.report().hasErrors()) {
            throw new IllegalStateException(r.report().format());
        }
        return r.dataset();
    }

    public static Dataset generate(int states, int organisations, int clauses, long seed) {
        return generate(states, organisations, 40, clauses, seed);
    }

    public static Dataset generate(int states, int organisations, int maxMembers, int clauses, long seed) {
        var rnd = new Random(seed);
        var subs = Subregion.values();
        var ss = new ArrayList<State>();
        for (int i = 0; i < states; i++) {
            var sub = subs[i % subs.length];
            ss.add(new State(code(i), "State " + i, sub.region(), sub, null, rnd.nextDouble() * 140 - 60,
                    rnd.nextDouble() * 360 - 180, null, null, null));
        }
        var types = TieType.values();
        var os = new ArrayList<Organisation>();
        var ms = new ArrayList<Membership>();
        for (int o = 0; o < organisations; o++) {
            int founded = 1945 + rnd.nextInt(70);
            var org = new Organisation("org-" + o, "Organisation " + o, "O" + o, OrganisationKind.ALLIANCE,
                    YearSpan.from(PartialDate.ofYear(founded)), Set.of(types[rnd.nextInt(types.length)]), false,
                    null, null, null, SRC, null);
            os.add(org);
            int size = 3 + rnd.nextInt(Math.max(1, maxMembers - 2));
            var chosen = new java.util.HashSet<Integer>();
            while (chosen.size() < Math.min(size, states)) {
                chosen.add(rnd.nextInt(states));
            }
            for (int s : chosen) {
                int start = founded + rnd.nextInt(Math.max(1, 2026 - founded));
                var end = rnd.nextInt(5) == 0 ? PartialDate.ofYear(Math.min(2026, start + 1 + rnd.nextInt(30))) : null;
                ms.add(new Membership(code(s), org.id(), new YearSpan(PartialDate.ofYear(start), end), Role.MEMBER,
                        SRC, null, false));
            }
        }
        var cs = new ArrayList<Clause>();
        for (int c = 0; c < clauses; c++) {
            int a = rnd.nextInt(states);
            int b = (a + 1 + rnd.nextInt(states - 1)) % states;
            int signed = 1945 + rnd.nextInt(80);
            cs.add(new Clause("clause-" + c, "Clause " + c, List.of(code(a), code(b)), types[rnd.nextInt(types.length)],
                    PartialDate.ofYear(signed), null, null, null, true, null, SRC, null, false));
        }
        return Dataset.of(ss, os, ms, cs);
    }

    /** Three upper-case letters, unique for i below 17,576. */
    static String code(int i) {
        return "" + (char) ('A' + i / 676 % 26) + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
    }
}
