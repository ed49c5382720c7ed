package org.allianceatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.Region;
import org.allianceatlas.model.State;
import org.allianceatlas.model.TieType;
import org.junit.jupiter.api.Test;

class AllianceFillsTest {

    private static List<String> ids(List<Organisation> orgs) {
        return orgs.stream().map(Organisation::id).toList();
    }

    @Test
    void natoColoursSwedenIn2024ButNotIn1990() {
        var data = ShippedMap.dataset();
        assertEquals(List.of("nato"), ids(AllianceFills.of(data, 2024, List.of("nato"), null).of("SWE")));
        assertEquals(List.of(), ids(AllianceFills.of(data, 1990, List.of("nato"), null).of("SWE")));
    }

    @Test
    void aStateInTwoChosenOrganisationsHasBothInColourOrder() {
        var fills = AllianceFills.of(ShippedMap.dataset(), 2024, List.of("nato", "eu"), null);
        assertEquals(List.of("nato", "eu"), ids(fills.of("FRA")));
        assertEquals(List.of("eu"), ids(fills.of("AUT")));
        assertEquals(List.of("nato"), ids(fills.of("NOR")));
        var combinations = fills.combinations().stream().map(AllianceFillsTest::ids).toList();
        assertEquals(List.of(List.of("nato"), List.of("nato", "eu"), List.of("eu")), combinations);
    }

    @Test
    void partnersAndBeneficiariesAreNotColoured() {
        var fills = AllianceFills.of(ShippedMap.dataset(), 2024, List.of("pfp", "nsatu"), null);
        assertEquals(List.of(), fills.of("UKR"), "a partner of the PfP, a beneficiary of NSATU");
        assertEquals(List.of("nsatu"), ids(fills.of("POL")), "a participant counts");
    }

    @Test
    void theDefaultForEurope1985IsNatoAndTheWarsawPact() {
        var europe = ShippedMap.dataset().states().stream().filter(s -> s.region() == Region.EUROPE)
                .map(State::id).collect(Collectors.toSet());
        var chosen = AllianceFills.defaultOrganisations(ShippedMap.dataset(), 1985, europe);
        assertEquals(List.of("nato", "warsaw-pact"), ids(chosen));
        var fills = AllianceFills.of(ShippedMap.dataset(), 1985, List.of(), europe);
        assertEquals(List.of("warsaw-pact"), ids(fills.of("SUN")));
        assertEquals(List.of(), fills.of("USA"), "not in view");
    }

    @Test
    void theWorldDefaultTakesAtMostFourMutualDefenceOrganisations() {
        var chosen = AllianceFills.defaultOrganisations(ShippedMap.dataset(), 2024, null);
        assertTrue(chosen.size() >= 2 && chosen.size() <= AllianceFills.DEFAULT_COUNT, ids(chosen).toString());
        assertEquals("nato", chosen.get(0).id(), "the largest first");
        assertTrue(chosen.stream().allMatch(o -> o.tieTypes().contains(TieType.MUTUAL_DEFENCE)));
    }

    @Test
    void anUnknownOrganisationIsNamed() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> AllianceFills.of(ShippedMap.dataset(), 2024, List.of("natto"), null));
        assertEquals("no organisation 'natto' in the loaded data", e.getMessage());
    }

    @Test
    void compareModeTellsJoinedLeftAndBoth() {
        var changes = AllianceChanges.between(ShippedMap.dataset(), 1985, 2000, List.of("nato", "warsaw-pact"),
                null);
        assertEquals(AllianceChanges.Change.JOINED_AND_LEFT, changes.of("POL").change());
        assertEquals(List.of("nato"), ids(changes.of("POL").joined()));
        assertEquals(List.of("warsaw-pact"), ids(changes.of("POL").left()));
        assertEquals(AllianceChanges.Change.STAYED, changes.of("FRA").change());
        assertEquals(AllianceChanges.Change.LEFT, changes.of("BGR").change(), "Bulgaria joined NATO only in 2004");
        assertEquals(null, changes.of("SUN"), "gone by 2000: not on the later map");
        var joined = AllianceChanges.between(ShippedMap.dataset(), 2022, 2024, List.of("nato"), Set.of("FIN", "SWE"));
        assertEquals(AllianceChanges.Change.JOINED, joined.of("SWE").change());
        assertEquals(2, joined.changes().size());
    }
}
