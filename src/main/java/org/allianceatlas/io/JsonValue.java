package org.allianceatlas.io;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON value that remembers where it was written. The located tree lets the reader report every problem in a
 * file with its line, column and path (see docs/decisions/0002-located-json-tree.md); Jackson's own tree keeps no
 * locations and data binding stops at the first error.
 */
sealed interface JsonValue {

    Location location();

    /** What this value is, in the words a message uses: "an object", "a string", … */
    String kind();

    /** An object; members keep their order and the location of their key. */
    record JsonObject(Location location, Map<String, Member> members) implements JsonValue {
        public JsonObject {
            members = Collections.unmodifiableMap(members);
        }

        Optional<JsonValue> get(String key) {
            return Optional.ofNullable(members.get(key)).map(Member::value);
        }

        /**
         * Where a member's value is; for an absent member, where the object starts, with the path the member would
         * have (a missing {@code start} is reported at its membership, "at $.memberships[2].start").
         */
        Location locationOf(String key) {
            return get(key).map(JsonValue::location).orElse(location.withPath(location.child(key)));
        }

        @Override
        public String kind() {
            return "an object";
        }
    }

    /** One member of an object: its key's location and its value. */
    record Member(String key, Location keyLocation, JsonValue value) {
    }

    record JsonArray(Location location, List<JsonValue> elements) implements JsonValue {
        public JsonArray {
            elements = List.copyOf(elements);
        }

        @Override
        public String kind() {
            return "an array";
        }
    }

    record JsonString(Location location, String value) implements JsonValue {
        @Override
        public String kind() {
            return "a string";
        }
    }

    /** A number as written; {@code integral} when it has no fraction or exponent. */
    record JsonNumber(Location location, double value, boolean integral) implements JsonValue {
        @Override
        public String kind() {
            return "a number";
        }
    }

    record JsonBoolean(Location location, boolean value) implements JsonValue {
        @Override
        public String kind() {
            return "a boolean";
        }
    }

    record JsonNull(Location location) implements JsonValue {
        @Override
        public String kind() {
            return "null";
        }
    }
}
