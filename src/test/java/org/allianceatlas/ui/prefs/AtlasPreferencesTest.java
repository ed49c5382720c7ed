package org.allianceatlas.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.allianceatlas.export.style.Theme;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.io.importers.DatasetMerger.Precedence;
import org.allianceatlas.io.importers.ResearchDataset;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.model.DateBasis;
import org.allianceatlas.model.Subregion;
import org.allianceatlas.model.TieType;
import org.allianceatlas.ui.dataset.DatasetChoice;
import org.allianceatlas.ui.research.ImportChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AtlasPreferencesTest {

    private final Preferences node = Preferences.userRoot().node("/org/allianceatlas/test/" + UUID.randomUUID());
    private final AtlasPreferences prefs = new AtlasPreferences(node);

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void aFreshNodeGivesDefaults() {
        assertTrue(prefs.windowBounds().isEmpty());
        assertEquals(Theme.LIGHT, prefs.theme());
        assertEquals(LayoutKind.GEOGRAPHIC, prefs.layout());
        assertTrue(prefs.labelsVisible());
        assertTrue(prefs.dataset().isEmpty());
        assertTrue(prefs.filters().isEmpty());
    }

    @Test
    void windowBoundsRoundTrip() {
        var b = new WindowBounds(40, 60.5, 1400, 900, true);
        prefs.setWindowBounds(b);
        assertEquals(b, new AtlasPreferences(node).windowBounds().orElseThrow());
    }

    @Test
    void lookRoundTrips() {
        prefs.setTheme(Theme.DARK);
        prefs.setLayout(LayoutKind.FORCE);
        prefs.setLabelsVisible(false);
        assertEquals(Theme.DARK, prefs.theme());
        assertEquals(LayoutKind.FORCE, prefs.layout());
        assertFalse(prefs.labelsVisible());
    }

    @Test
    void datasetChoiceRoundTripsWithAbsolutePaths() {
        var choice = DatasetChoice.shippedData().plus(Path.of("extra.json")).plus(Path.of("/data/more"));
        prefs.setDataset(choice);
        var back = prefs.dataset().orElseThrow();
        assertTrue(back.shipped());
        assertEquals(List.of(Path.of("extra.json").toAbsolutePath(), Path.of("/data/more")), back.paths());
    }

    @Test
    void filtersRoundTrip() {
        var c = new FilterCriteria(1991, DateBasis.ENTRY_INTO_FORCE, Selection.only(Set.of("nato", "eu")),
                Selection.only(Set.of(Subregion.NORTHERN_EUROPE, Subregion.WESTERN_ASIA)),
                Selection.only(Set.of(TieType.MUTUAL_DEFENCE, TieType.ARMS_TRANSFER)), true);
        prefs.setFilters(c);
        assertEquals(c, prefs.filters().orElseThrow());
        prefs.setFilters(FilterCriteria.forYear(2024));
        assertEquals(FilterCriteria.forYear(2024), prefs.filters().orElseThrow());
    }

    @Test
    void anEmptySelectionStaysEmpty() {
        var c = FilterCriteria.forYear(2000).withOrganisations(Selection.only(Set.of()));
        prefs.setFilters(c);
        assertEquals(Selection.only(Set.of()), prefs.filters().orElseThrow().organisations());
    }

    @Test
    void handEditedValuesFallBackToDefaults() {
        node.put("theme", "purple");
        node.put("layout", "spiral");
        node.put("window.width", "wide");
        node.putInt("filter.year", 2000);
        node.put("filter.tieTypes", "mutual_defence,telepathy");
        node.put("filter.subregions", "NORTHERN_EUROPE,Atlantis");
        assertEquals(Theme.LIGHT, prefs.theme());
        assertEquals(LayoutKind.GEOGRAPHIC, prefs.layout());
        assertTrue(prefs.windowBounds().isEmpty());
        var f = prefs.filters().orElseThrow();
        assertEquals(Selection.only(Set.of(TieType.MUTUAL_DEFENCE)), f.tieTypes());
        assertEquals(Selection.only(Set.of(Subregion.NORTHERN_EUROPE)), f.subregions());
    }

    @Test
    void aSelectionTooLongToStoreIsRememberedAsEverything() {
        var ids = IntStream.range(0, 2000).mapToObj(i -> "organisation-" + i).collect(Collectors.toSet());
        prefs.setFilters(FilterCriteria.forYear(2000).withOrganisations(Selection.only(ids)));
        assertTrue(prefs.filters().orElseThrow().organisations().all());
    }

    @Test
    void aResearchImportRoundTripsAndCanBeForgotten() {
        assertTrue(prefs.researchImport().isEmpty());
        var choice = new ImportChoice(ResearchDataset.COW, List.of(Path.of("/data/cow/by_member.csv").toAbsolutePath(),
                Path.of("/data/cow/dyad.csv").toAbsolutePath()), Precedence.BASE);
        prefs.setResearchImport(choice);
        assertEquals(Optional.of(choice), prefs.researchImport());
        var alone = new ImportChoice(ResearchDataset.ATOP, List.of(Path.of("/data/atop.csv").toAbsolutePath()),
                Precedence.IMPORTED, true);
        prefs.setResearchImport(alone);
        assertEquals(Optional.of(alone), prefs.researchImport());
        var skipping = alone.skippingBadRows();
        prefs.setResearchImport(skipping);
        assertEquals(Optional.of(skipping), prefs.researchImport());
        assertTrue(prefs.researchImport().orElseThrow().skipBadRows());
        prefs.setResearchImport(null);
        assertNull(node.get("import.skipBadRows", null), "forgotten too");
        assertTrue(prefs.researchImport().isEmpty());
    }

    @Test
    void aHandEditedImportIsIgnored() {
        node.put("import.kind", "gallup");
        node.put("import.files", "/data/x.csv");
        node.put("import.precedence", "BASE");
        assertTrue(prefs.researchImport().isEmpty(), "unknown dataset");
        node.put("import.kind", "atop");
        node.put("import.precedence", "whoever");
        assertTrue(prefs.researchImport().isEmpty(), "unknown precedence");
        node.put("import.precedence", "IMPORTED");
        assertEquals(Optional.of(new ImportChoice(ResearchDataset.ATOP, List.of(Path.of("/data/x.csv")),
                Precedence.IMPORTED)), prefs.researchImport());
    }
}
