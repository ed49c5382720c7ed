package org.allianceatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.Region;
import org.allianceatlas.model.State;
import org.allianceatlas.ui.UiFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Choosing the alliance map's organisations: automatic or ticked, at most four, in the order ticked. */
class MapOrganisationsViewModelTest {

    private static Dataset data;

    @BeforeAll
    static void load() {
        data = UiFixtures.shipped();
    }

    private static MapOrganisationsViewModel.Choice choice(MapOrganisationsViewModel vm, String id) {
        return vm.choices().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void withoutAChoiceTheMapChoosesAndSaysWhat() {
        var europe = data.states().stream().filter(st -> st.region() == Region.EUROPE && st.existsIn(1985))
                .map(State::id).collect(Collectors.toSet());
        var vm = new MapOrganisationsViewModel(data, 1985, europe, List.of(), List.of());
        assertTrue(vm.automaticProperty().get());
        assertEquals(List.of(), vm.result(), "empty: the default choice");
        assertTrue(vm.defaultChoice().contains("NATO") && vm.defaultChoice().contains("Warsaw Pact"),
                vm.defaultChoice());
        assertTrue(vm.applicableProperty().get());
        assertEquals("nato", vm.choices().get(0).id(), "the largest mutual-defence organisation in view first");
        assertTrue(choice(vm, "eu").label().startsWith("EC \u2014 European Communities"),
                "named as in 1985: " + choice(vm, "eu").label());
    }

    @Test
    void tickingChoosesInColourOrderAndAFifthIsRefused() {
        var vm = new MapOrganisationsViewModel(data, 2024, null, List.of(), List.of());
        for (var id : List.of("csto", "nato", "eu", "sco")) {
            choice(vm, id).tickedProperty().set(true);
        }
        assertFalse(vm.automaticProperty().get(), "ticking leaves the automatic choice");
        assertEquals(List.of("csto", "nato", "eu", "sco"), vm.result(), "in the order ticked: the colours' order");
        choice(vm, "au").tickedProperty().set(true);
        assertFalse(choice(vm, "au").tickedProperty().get(), "a fifth is refused");
        assertTrue(vm.messageProperty().get().startsWith("At most 4"), vm.messageProperty().get());
        choice(vm, "nato").tickedProperty().set(false);
        assertEquals(List.of("csto", "eu", "sco"), vm.result());
        assertEquals("", vm.messageProperty().get());
        vm.automaticProperty().set(true);
        assertEquals(List.of(), vm.result());
    }

    @Test
    void theCurrentChoiceAndTheFiltersOrganisationsCanBeTakenUp() {
        var vm = new MapOrganisationsViewModel(data, 1985, null, List.of("warsaw-pact", "gone"),
                List.of("nato", "warsaw-pact"));
        assertFalse(vm.automaticProperty().get());
        assertEquals(List.of("warsaw-pact"), vm.result(), "an id the data does not have is dropped");
        assertTrue(choice(vm, "warsaw-pact").tickedProperty().get());
        assertTrue(vm.canUseFilter());
        vm.useFilter();
        assertEquals(List.of("nato", "warsaw-pact"), vm.result());
        choice(vm, "nato").tickedProperty().set(false);
        choice(vm, "warsaw-pact").tickedProperty().set(false);
        assertFalse(vm.applicableProperty().get(), "nothing ticked and not automatic: nothing to apply");
    }
}
