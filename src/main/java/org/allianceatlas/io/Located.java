package org.allianceatlas.io;

import org.allianceatlas.io.JsonValue.JsonObject;

/** A model object and the JSON object it was read from, so that cross-checks can point at its fields. */
record Located<T>(T value, JsonObject node) {

    Location location() {
        return node.location();
    }

    /** Where a member's value is, or where it would be (see {@link JsonValue.JsonObject#locationOf}). */
    Location at(String key) {
        return node.locationOf(key);
    }

    /** True when the object has the member (embedded memberships have no {@code organisation}). */
    boolean has(String key) {
        return node.members().containsKey(key);
    }
}
