package org.allianceatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.allianceatlas.model.Keyed;
import org.allianceatlas.model.OrganisationKind;
import org.allianceatlas.model.Region;
import org.allianceatlas.model.Role;
import org.allianceatlas.model.Subregion;
import org.allianceatlas.model.TieType;
import org.junit.jupiter.api.Test;

/**
 * A light JSON-Schema sanity check, without a schema library: the schema parses, the reader accepts exactly the
 * fields and enum values the schema lists, and the valid fixtures use only fields the schema lists.
 */
class SchemaTest {

    private static final Path SCHEMA = Path.of("data/schema/alliance-atlas.schema.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode schema = read(SCHEMA);

    private static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new AssertionError("cannot parse " + file, e);
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

    private Set<String> enumValues(String def) {
        var values = new TreeSet<String>();
        def(def).path("enum").forEach(v -> values.add(v.asText()));
        return values;
    }

    private static <E extends Enum<E> & Keyed> Set<String> keys(Class<E> type) {
        var keys = new TreeSet<String>();
        Arrays.stream(type.getEnumConstants()).forEach(e -> keys.add(e.key()));
        return keys;
    }

    @Test
    void readerAcceptsExactlyTheFieldsTheSchemaLists() {
        assertEquals(properties(schema), new TreeSet<>(DatasetReader.ROOT_FIELDS));
        assertEquals(properties(def("sourceObject")), new TreeSet<>(DatasetReader.SOURCE_FIELDS));
        assertEquals(properties(def("state")), new TreeSet<>(DatasetReader.STATE_FIELDS));
        assertEquals(properties(def("organisation")), new TreeSet<>(DatasetReader.ORGANISATION_FIELDS));
        assertEquals(properties(def("organisationName")), new TreeSet<>(DatasetReader.NAME_FIELDS));
        assertEquals(properties(def("memberSpell")), new TreeSet<>(DatasetReader.MEMBER_FIELDS));
        var membership = new TreeSet<>(properties(def("memberSpell")));
        membership.addAll(properties(def("membership")));
        assertEquals(membership, new TreeSet<>(DatasetReader.MEMBERSHIP_FIELDS));
        assertEquals(properties(def("clause")), new TreeSet<>(DatasetReader.CLAUSE_FIELDS));
        assertEquals(properties(def("clause").path("properties").path("direction")),
                new TreeSet<>(DatasetReader.DIRECTION_FIELDS));
    }

    @Test
    void schemaEnumsMatchTheModel() {
        assertEquals(enumValues("tieType"), keys(TieType.class));
        assertEquals(enumValues("organisationKind"), keys(OrganisationKind.class));
        assertEquals(enumValues("role"), keys(Role.class));
        assertEquals(enumValues("region"), new TreeSet<>(Arrays.stream(Region.values()).map(Region::label).toList()));
        assertEquals(enumValues("subregion"),
                new TreeSet<>(Arrays.stream(Subregion.values()).map(Subregion::label).toList()));
    }

    @Test
    void validFixturesUseOnlyFieldsTheSchemaLists() throws IOException {
        var unknown = new ArrayList<String>();
        try (var files = Files.list(Fixtures.valid())) {
            for (var file : files.sorted().toList()) {
                var root = read(file);
                var name = file.getFileName().toString();
                check(name + ": $", root, properties(schema), unknown);
                root.path("sources").fields().forEachRemaining(e ->
                        check(name + ": source " + e.getKey(), e.getValue(), properties(def("sourceObject")), unknown));
                each(root, "states", o -> check(name + ": state", o, properties(def("state")), unknown));
                each(root, "organisations", o -> {
                    check(name + ": organisation", o, properties(def("organisation")), unknown);
                    each(o, "members", m -> checkSpell(name + ": member", m, properties(def("memberSpell")), unknown));
                    each(o, "names", n -> check(name + ": dated name", n, properties(def("organisationName")), unknown));
                    checkInlineSources(name, o, unknown);
                });
                var membership = new HashSet<>(properties(def("memberSpell")));
                membership.addAll(properties(def("membership")));
                each(root, "memberships", m -> checkSpell(name + ": membership", m, membership, unknown));
                each(root, "clauses", c -> {
                    check(name + ": clause", c, properties(def("clause")), unknown);
                    checkInlineSources(name, c, unknown);
                });
            }
        }
        assertEquals(List.of(), unknown);
    }

    private void checkSpell(String where, JsonNode spell, Set<String> allowed, List<String> unknown) {
        check(where, spell, allowed, unknown);
        checkInlineSources(where, spell, unknown);
    }

    private void checkInlineSources(String where, JsonNode entry, List<String> unknown) {
        entry.path("sources").forEach(s -> {
            if (s.isObject()) {
                check(where + " inline source", s, properties(def("sourceObject")), unknown);
            }
        });
    }

    private static void each(JsonNode parent, String array, Consumer<JsonNode> check) {
        parent.path(array).forEach(check);
    }

    private static void check(String where, JsonNode object, Set<String> allowed, List<String> unknown) {
        object.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                unknown.add(where + "." + f);
            }
        });
    }
}
