package org.allianceatlas.cli;

import org.allianceatlas.export.ExportFormat;
import org.allianceatlas.export.PresentationFormat;
import org.allianceatlas.model.Keyed;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * What {@code export --format} names: a format of one view ({@link ExportFormat}) or of several pictures
 * ({@link PresentationFormat}: an animation or a deck). Exactly one of the two is set.
 */
record OutputFormat(ExportFormat single, PresentationFormat presentation) {

    String key() {
        return single != null ? single.key() : presentation.key().replace('_', '-');
    }

    /** {@code png}, {@code gif}, {@code png-sequence}, …; an unknown one is bad usage with every allowed key. */
    static final class Converter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            var single = Keyed.fromKey(ExportFormat.class, value);
            if (single.isPresent()) {
                return new OutputFormat(single.get(), null);
            }
            return Keyed.fromKey(PresentationFormat.class, value).map(p -> new OutputFormat(null, p))
                    .orElseThrow(() -> new TypeConversionException("'" + value + "' is not a format; use one of "
                            + Keyed.allowedKeys(ExportFormat.class) + ", "
                            + Keyed.allowedKeys(PresentationFormat.class).replace('_', '-')));
        }
    }
}
