package org.allianceatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.io.DataInput;
import org.allianceatlas.io.DatasetLoader;
import org.allianceatlas.model.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonExporterTest {

    @TempDir
    Path dir;

    @Test
    void theVisibleSubsetReopensWithoutProblems() throws Exception {
        var view = ExportFixtures.view(2019);
        var target = dir.resolve("subset.json");
        new JsonExporter().export(ExportFixtures.job(view, target, false));
        var loaded = new DatasetLoader().load(List.of(DataInput.of(target)));
        assertTrue(loaded.usable(), loaded.report().format());
        var d = loaded.dataset();
        assertEquals(view.states().size(), d.states().size());
        assertTrue(d.membershipsOfOrganisation("eu").stream().anyMatch(m -> m.stateId().equals("GBR")),
                "the UK is in the EU in 2019");
        assertTrue(d.membershipsOfOrganisation("nato").stream().noneMatch(m -> m.stateId().equals("SWE")),
                "memberships not in force in 2019 are left out");
        assertTrue(d.organisation("udcg").isEmpty(), "the UDCG does not exist in 2019");
    }

    @Test
    void clausePartiesOutsideARegionFilterAreKeptSoTheFileValidates() {
        var view = ExportFixtures.graph().view(FilterCriteria.forYear(2024).withRegions(List.of(Region.ASIA))
                .withShowIsolated(true));
        assertFalse(view.contains(ExportFixtures.dataset().state("UKR").orElseThrow()));
        var subset = JsonExporter.subset(view);
        assertTrue(subset.state("TUR").isPresent());
        assertTrue(subset.clause("tb2").isEmpty(), "the TB2 transfer reaches Ukraine, outside the filter");
        var withUkraine = ExportFixtures.graph().view(FilterCriteria.forYear(2024)
                .withRegions(List.of(Region.ASIA, Region.EUROPE)).withOrganisations(Selection.only(List.of("eu"))));
        var s2 = JsonExporter.subset(withUkraine);
        for (var c : s2.clauses()) {
            for (var p : c.parties()) {
                assertTrue(s2.state(p).isPresent(), c.id() + " party " + p + " is in the file");
            }
        }
    }

    @Test
    void parentOrganisationsComeAlong() throws Exception {
        var view = ExportFixtures.graph().view(FilterCriteria.forYear(2024)
                .withOrganisations(Selection.only(List.of("armour"))));
        assertFalse(view.organisations().stream().anyMatch(o -> o.id().equals("udcg")));
        var target = dir.resolve("armour.json");
        new JsonExporter().export(ExportFixtures.job(view, target, false));
        var loaded = new DatasetLoader().load(List.of(DataInput.of(target)));
        assertTrue(loaded.usable(), loaded.report().format());
        assertTrue(loaded.dataset().organisation("udcg").isPresent());
    }
}
