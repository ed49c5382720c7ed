package org.allianceatlas.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** An enum constant written in data files as a lower-case snake-case key ({@code mutual_defence}). */
public interface Keyed {

    String name();

    /** The key used in data files and on the command line. */
    default String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Looks up a constant by its key, case-insensitively; {@code -} is accepted for {@code _}. */
    static <E extends Enum<E> & Keyed> Optional<E> fromKey(Class<E> type, String key) {
        if (key == null) {
            return Optional.empty();
        }
        var normal = key.strip().replace('-', '_').toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(normal)).findFirst();
    }

    /** All keys of an enum, comma-separated, for messages that list the allowed values. */
    static <E extends Enum<E> & Keyed> String allowedKeys(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Keyed::key).collect(Collectors.joining(", "));
    }
}
