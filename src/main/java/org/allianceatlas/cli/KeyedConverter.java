package org.allianceatlas.cli;

import org.allianceatlas.model.Keyed;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts a key of a {@link Keyed} enum; an unknown key is bad usage, with the allowed keys in the message. */
abstract class KeyedConverter<E extends Enum<E> & Keyed> implements ITypeConverter<E> {
    private final Class<E> type;
    private final String noun;

    KeyedConverter(Class<E> type, String noun) {
        this.type = type;
        this.noun = noun;
    }

    @Override
    public E convert(String value) {
        return Keyed.fromKey(type, value).orElseThrow(() -> new TypeConversionException(
                "'" + value + "' is not " + noun + "; use one of " + Keyed.allowedKeys(type)));
    }
}
