package org.allianceatlas.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

/**
 * Writes a small JSON document — a report such as {@code metrics --format json} — as readable, indented text, with
 * Jackson's generator doing the escaping (quotes, backslashes, control characters, every Unicode character), so
 * that no caller writes JSON by hand and Jackson stays in {@code io}. Numbers that are not finite (a metric that does
 * not apply) are written as {@code null}. Methods return this writer, to chain; I/O errors of the underlying writer
 * are unchecked. Closing flushes but does not close the underlying writer. Not thread-safe.
 */
public final class JsonReportWriter implements Closeable {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final JsonGenerator g;

    public JsonReportWriter(Writer out) {
        try {
            g = FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    }

    /** The body of every method: I/O errors unchecked. */
    private interface Step {
        void run() throws IOException;
    }

    private JsonReportWriter step(Step step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Starts an object: the document, an array element, or after {@link #name}. */
    public JsonReportWriter startObject() {
        return step(g::writeStartObject);
    }

    public JsonReportWriter endObject() {
        return step(g::writeEndObject);
    }

    /** Starts an array: an array element, or after {@link #name}. */
    public JsonReportWriter startArray() {
        return step(g::writeStartArray);
    }

    public JsonReportWriter endArray() {
        return step(g::writeEndArray);
    }

    /** The name of the next member of the current object. */
    public JsonReportWriter name(String name) {
        return step(() -> g.writeFieldName(name));
    }

    /** A member with a string value; null writes {@code null}. */
    public JsonReportWriter field(String name, String value) {
        return step(() -> {
            g.writeFieldName(name);
            g.writeString(value);
        });
    }

    public JsonReportWriter field(String name, long value) {
        return step(() -> g.writeNumberField(name, value));
    }

    /** A member with a number; whole numbers without a fraction, NaN and infinities as {@code null}. */
    public JsonReportWriter field(String name, double value) {
        return step(() -> {
            g.writeFieldName(name);
            if (!Double.isFinite(value)) {
                g.writeNull();
            } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                g.writeNumber((long) value);
            } else {
                g.writeNumber(value);
            }
        });
    }

    /** Ends the document with a line break and flushes. */
    @Override
    public void close() {
        step(() -> {
            g.writeRaw('\n');
            g.close();
        });
    }
}
