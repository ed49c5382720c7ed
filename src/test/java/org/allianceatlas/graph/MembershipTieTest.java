package org.allianceatlas.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Set;

import org.allianceatlas.model.Membership;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.OrganisationKind;
import org.allianceatlas.model.PartialDate;
import org.allianceatlas.model.Role;
import org.allianceatlas.model.Source;
import org.allianceatlas.model.TieType;
import org.allianceatlas.model.YearSpan;
import org.junit.jupiter.api.Test;

class MembershipTieTest {

    private static final Organisation NATO = new Organisation("nato", "North Atlantic Treaty Organization", "NATO",
            OrganisationKind.ALLIANCE, YearSpan.from(PartialDate.ofYear(1949)), Set.of(TieType.MUTUAL_DEFENCE), false,
            null, null, null, List.of(Source.of("NATO", "https://www.nato.int/")), null);

    private static Membership spell(int from, String note) {
        return new Membership("NOR", "nato", new YearSpan(PartialDate.ofYear(from), null), Role.MEMBER,
                List.of(Source.of("Treaty", "https://example.org/" + from)), note, false);
    }

    @Test
    void equalTiesHashAlikeWhateverTheirSourcesSay() {
        var a = new MembershipTie(spell(1949, "founder"), NATO);
        var b = new MembershipTie(spell(1949, "founder"), NATO);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void tiesThatDifferOnlyInTheirNoteAreStillDifferentTies() {
        var a = new MembershipTie(spell(1949, "founder"), NATO);
        var b = new MembershipTie(spell(1949, "another note"), NATO);
        assertNotEquals(a, b, "equality is the record's: every component counts");
        assertEquals(2, Set.of(a, b).size());
    }

    @Test
    void spellsOfOneStateInOneOrganisationAreTwoTies() {
        // A state that left and rejoined has two parallel ties in the multigraph, not one.
        var first = new MembershipTie(spell(1949, null), NATO);
        var second = new MembershipTie(spell(1999, null), NATO);
        assertNotEquals(first, second);
        assertEquals(2, Set.of(first, second).size());
    }
}
