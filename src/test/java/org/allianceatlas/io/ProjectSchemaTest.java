package org.allianceatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.allianceatlas.export.render.LabelMode;
import org.allianceatlas.export.render.MapMode;
import org.allianceatlas.export.render.OrganisationDisplay;
import org.allianceatlas.io.importers.ResearchDataset;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.model.DateBasis;
import org.allianceatlas.model.Keyed;
import org.allianceatlas.model.Subregion;
import org.allianceatlas.model.TieType;
import org.junit.jupiter.api.Test;

/**
 * The project file's JSON Schema (data/schema/alliance-atlas-project.schema.json) says what the reader reads: the
 * same fields in every object, the same values in every enumeration, and a written project uses only those fields.
 * Without a schema library, like {@link SchemaTest}.
 */
class ProjectSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final JsonNode schema = read();

    private static JsonNode read() {
        try {
            return MAPPER.readTree(Path.of("data/schema/alliance-atlas-project.schema.json").toFile());
        } catch (IOException e) {
            throw new AssertionError("cannot parse the project schema", e);
        }
    }

    private JsonNode def(String name) {
        var node = schema.path("$defs").path(name);
        assertTrue(node.isObject(), "no $defs/" + name);
        return node;
    }

    private static Set<String> properties(JsonNode node) {
        var names = new TreeSet<String>();
        node.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> enumOf(JsonNode node) {
        var values = new TreeSet<String>();
        (node.has("items") ? node.path("items") : node).path("enum").forEach(v -> values.add(v.asText()));
        return values;
    }

    private static Set<String> keys(Keyed[] values) {
        var out = new TreeSet<String>();
        Arrays.stream(values).forEach(v -> out.add(v.key()));
        return out;
    }

    @Test
    void readerAcceptsExactlyTheFieldsTheSchemaLists() {
        var view = def("view").path("properties");
        assertEquals(properties(schema), new TreeSet<>(ProjectFileReader.ROOT_FIELDS));
        assertEquals(properties(def("data")), new TreeSet<>(ProjectFileReader.DATA_FIELDS));
        assertEquals(properties(def("researchImport")), new TreeSet<>(ProjectFileReader.IMPORT_FIELDS));
        assertEquals(properties(def("view")), new TreeSet<>(ProjectFileReader.VIEW_FIELDS));
        assertEquals(properties(def("filters")), new TreeSet<>(ProjectFileReader.FILTER_FIELDS));
        assertEquals(properties(view.path("map")), new TreeSet<>(ProjectFileReader.MAP_FIELDS));
        assertEquals(properties(view.path("viewport")), new TreeSet<>(ProjectFileReader.VIEWPORT_FIELDS));
        assertEquals(properties(view.path("highlight")), new TreeSet<>(ProjectFileReader.HIGHLIGHT_FIELDS));
        assertEquals(properties(view.path("title")), new TreeSet<>(ProjectFileReader.TITLE_FIELDS));
    }

    @Test
    void schemaEnumsAreTheKeysOfTheTypesTheyName() {
        var view = def("view").path("properties");
        var filters = def("filters").path("properties");
        assertEquals(enumOf(view.path("layout")), keys(LayoutKind.values()));
        assertEquals(enumOf(view.path("labels")), keys(LabelMode.values()));
        assertEquals(enumOf(view.path("organisationDisplay")), keys(OrganisationDisplay.values()));
        assertEquals(enumOf(view.path("map").path("properties").path("mode")), keys(MapMode.values()));
        assertEquals(enumOf(filters.path("tieTypes")), keys(TieType.values()));
        assertEquals(enumOf(filters.path("basis")), keys(DateBasis.values()));
        assertEquals(enumOf(filters.path("subregions")),
                new TreeSet<>(Arrays.stream(Subregion.values()).map(Subregion::label).toList()));
        assertEquals(enumOf(def("researchImport").path("properties").path("dataset")),
                keys(ResearchDataset.values()));
        assertEquals(enumOf(def("researchImport").path("properties").path("prefer")),
                new TreeSet<>(ProjectFileReader.PREFER_KEYS));
    }

    @Test
    void aWrittenProjectUsesOnlyFieldsTheSchemaLists() throws IOException {
        var written = MAPPER.readTree(new ProjectFileWriter().toJson(ProjectFileReaderTest.fullDocument()));
        var unknown = new ArrayList<String>();
        check("$", written, properties(schema), unknown);
        check("data", written.path("data"), properties(def("data")), unknown);
        check("researchImport", written.path("data").path("researchImport"), properties(def("researchImport")),
                unknown);
        var view = def("view").path("properties");
        for (var v : written.path("views")) {
            check("view", v, properties(def("view")), unknown);
            check("filters", v.path("filters"), properties(def("filters")), unknown);
            for (var part : List.of("map", "viewport", "highlight", "title")) {
                check(part, v.path(part), properties(view.path(part)), unknown);
            }
        }
        assertEquals(List.of(), unknown);
        assertEquals(schema.path("$id").asText(), ProjectFileWriter.SCHEMA_ID);
    }

    private static void check(String where, JsonNode object, Set<String> allowed, List<String> unknown) {
        object.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                unknown.add(where + "." + f);
            }
        });
    }
}
