package org.allianceatlas.io;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.allianceatlas.io.JsonValue.JsonArray;
import org.allianceatlas.io.JsonValue.JsonBoolean;
import org.allianceatlas.io.JsonValue.JsonNumber;
import org.allianceatlas.io.JsonValue.JsonObject;
import org.allianceatlas.io.JsonValue.JsonString;
import org.allianceatlas.model.PartialDate;

/**
 * Typed access to the members of one JSON object of a known shape (a state, a membership…), reporting every
 * problem instead of stopping: an unknown member (warning), a missing required member, a value of the wrong type or
 * out of range. After reading, {@link #incomplete()} says whether a required value was missing or any value was
 * unusable, in which case the caller builds no model object from it: a check on a guessed value (an open end for an
 * impossible end date) would only add misleading problems.
 */
final class ObjectFields {

    private final JsonObject object;
    private final String what;
    private final List<Problem> problems;
    private boolean incomplete;

    private ObjectFields(JsonObject object, String what, List<Problem> problems) {
        this.object = object;
        this.what = what;
        this.problems = problems;
    }

    /**
     * Wraps {@code value} when it is an object, reporting members not in {@code allowed}; reports and returns empty
     * otherwise.
     *
     * @param what the noun messages use: "state", "membership"
     */
    static Optional<ObjectFields> of(JsonValue value, String what, Set<String> allowed, List<Problem> problems) {
        if (!(value instanceof JsonObject object)) {
            problems.add(value.location().error("a " + what + " must be a JSON object {…}, not " + value.kind()));
            return Optional.empty();
        }
        for (var member : object.members().values()) {
            if (!allowed.contains(member.key())) {
                problems.add(member.keyLocation().warning("unknown field '" + member.key() + "' in a " + what
                        + " is ignored" + ClosestNames.hint(member.key(), allowed) + "; allowed fields: "
                        + allowed.stream().sorted().collect(Collectors.joining(", "))));
            }
        }
        return Optional.of(new ObjectFields(object, what, problems));
    }

    JsonObject object() {
        return object;
    }

    /** True when a required member was missing or a member's value was unusable. */
    boolean incomplete() {
        return incomplete;
    }

    /** Reports a problem that makes the object unusable. */
    void fail(Problem problem) {
        problems.add(problem);
        incomplete = true;
    }

    /** Marks the object unusable because of a problem already reported (in a nested object). */
    void markIncomplete() {
        incomplete = true;
    }

    Location location() {
        return object.location();
    }

    /** Where a member's value is, or where the object starts (with the member's path) when it is absent. */
    Location locationOf(String key) {
        return object.locationOf(key);
    }

    /** The member's value; reports a missing required member. */
    Optional<JsonValue> value(String key, boolean required) {
        var v = object.get(key);
        if (v.isEmpty() && required) {
            fail(locationOf(key).error("missing required field '" + key + "' in this " + what + ": add it"));
        }
        return v;
    }

    /** The member as {@code type}, or empty (reported) when absent or of another type. */
    <T extends JsonValue> Optional<T> typed(String key, Class<T> type, String expected, boolean required) {
        var v = value(key, required);
        if (v.isPresent() && !type.isInstance(v.get())) {
            problem(key, "'" + key + "' must be " + expected + ", not " + v.get().kind());
            return Optional.empty();
        }
        return v.map(type::cast);
    }

    /** A present but unusable value: the object is not built, so that no check works on a guessed value. */
    private void problem(String key, String message) {
        fail(locationOf(key).error(message));
    }

    /** A string; a required one must not be blank. */
    Optional<String> string(String key, boolean required) {
        var s = typed(key, JsonString.class, "a string", required).map(JsonString::value);
        if (required && s.isPresent() && s.get().isBlank()) {
            problem(key, "'" + key + "' must not be empty");
            return Optional.empty();
        }
        return s;
    }

    /** A string matching {@code pattern}; {@code rule} says what a valid one looks like. */
    Optional<String> matching(String key, boolean required, Pattern pattern, String rule) {
        var v = value(key, required);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        var s = stringOf(v.get(), key, pattern, rule, problems);
        incomplete |= s.isEmpty();
        return s;
    }

    /** An ISO 8601 partial date; an impossible one ({@code 2021-02-30}) is reported with the reason. */
    Optional<PartialDate> date(String key, boolean required) {
        var s = typed(key, JsonString.class, "a date in quotes, e.g. \"2019\" or \"2019-01-22\"", required)
                .map(JsonString::value);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PartialDate.parse(s.get()));
        } catch (IllegalArgumentException e) {
            // The model's syntax message already says how to write a date; its range messages do not.
            var reason = e.getMessage().contains("write YYYY") ? e.getMessage() : "'" + s.get()
                    + "' is not a valid date (" + e.getMessage() + "); write YYYY, YYYY-MM or YYYY-MM-DD";
            problem(key, "'" + key + "': " + reason);
            return Optional.empty();
        }
    }

    /** A number in {@code [min, max]}; {@code unit} names what it measures, for the message. */
    Optional<Double> number(String key, boolean required, double min, double max, String unit) {
        var n = typed(key, JsonNumber.class, "a number", required).map(JsonNumber::value);
        if (n.isPresent() && (n.get() < min || n.get() > max)) {
            problem(key, "'" + key + "' is " + n.get() + " but must be between " + min + " and " + max
                    + " (" + unit + ")");
            return Optional.empty();
        }
        return n;
    }

    /** A whole number in {@code [min, max]}. */
    Optional<Integer> integer(String key, boolean required, int min, int max) {
        var n = typed(key, JsonNumber.class, "a whole number", required);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        var v = n.get().value();
        if (!n.get().integral() || v < min || v > max) {
            problem(key, "'" + key + "' must be a whole number between " + min + " and " + max);
            return Optional.empty();
        }
        return Optional.of((int) v);
    }

    boolean bool(String key, boolean required, boolean absent) {
        return typed(key, JsonBoolean.class, "true or false", required).map(JsonBoolean::value).orElse(absent);
    }

    Optional<JsonArray> array(String key, boolean required) {
        return typed(key, JsonArray.class, "an array [...]", required);
    }

    /**
     * One of a fixed set of values, written exactly as {@code label} gives it; an unknown one is reported with the
     * allowed values.
     */
    <T> Optional<T> choice(String key, boolean required, List<T> values, Function<T, String> label) {
        var v = value(key, required);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        var found = choiceOf(v.get(), key, values, label, problems);
        incomplete |= found.isEmpty();
        return found;
    }

    /** {@link #choice} for any value, e.g. an array element; {@code noun} names it in messages. */
    static <T> Optional<T> choiceOf(JsonValue value, String noun, List<T> values, Function<T, String> label,
                                    List<Problem> problems) {
        var s = stringOf(value, noun, null, null, problems);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        var found = values.stream().filter(v -> label.apply(v).equals(s.get())).findFirst();
        if (found.isEmpty()) {
            var labels = values.stream().map(label).toList();
            problems.add(value.location().error("unknown " + noun + " '" + s.get() + "'"
                    + ClosestNames.hint(s.get(), labels) + "; allowed values: " + String.join(", ", labels)));
        }
        return found;
    }

    /**
     * A string value, e.g. an array element, optionally matching {@code pattern} ({@code rule} says what a valid one
     * looks like); reported and empty otherwise.
     */
    static Optional<String> stringOf(JsonValue value, String noun, Pattern pattern, String rule,
                                     List<Problem> problems) {
        if (!(value instanceof JsonString s)) {
            problems.add(value.location().error("'" + noun + "' must be a string, not " + value.kind()));
            return Optional.empty();
        }
        if (pattern != null && !pattern.matcher(s.value()).matches()) {
            problems.add(value.location().error("'" + s.value() + "' is not a valid " + noun + ": " + rule));
            return Optional.empty();
        }
        return Optional.of(s.value());
    }
}
