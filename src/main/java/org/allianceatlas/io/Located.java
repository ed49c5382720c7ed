package org.allianceatlas.io;

import org.allianceatlas.io.JsonValue.JsonObject;

/** A model object and the JSON object it was read from, so that cross-checks can point at its fields. */
record Located<T>(T value, JsonObject node) {

    Location location() {
        return node.location();
    }

    /** Where a member is written (its value), or the object itself when the member is absent. */
    Location at(String key) {
        return node.get(key).map(JsonValue::location).orElse(node.location());
    }

    /** True when the object has the member (embedded memberships have no {@code organisation}). */
    boolean has(String key) {
        return node.members().containsKey(key);
    }
}
