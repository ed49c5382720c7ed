package org.allianceatlas.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.allianceatlas.io.ProjectDocument.Ref;
import org.allianceatlas.io.importers.DatasetMerger.Precedence;
import org.allianceatlas.model.Subregion;
import org.allianceatlas.model.TieType;

/**
 * Writes a {@link ProjectDocument} as the text of a project file, so that {@link ProjectFileReader} reads the same
 * document back: two-space indentation, a {@code $schema} reference and the format marker first, values the document
 * leaves at their default (null) left out. Only the text: the layer above writes it to disk atomically. Stateless and
 * thread-safe.
 */
public final class ProjectFileWriter {

    /** Where editors find the schema (data/schema/alliance-atlas-project.schema.json in the repository). */
    public static final String SCHEMA_ID = "https://allianceatlas.org/schema/alliance-atlas-project-1.schema.json";

    private static final JsonFactory FACTORY = new JsonFactory();

    /** The document as UTF-8 JSON text ending with a newline. */
    public byte[] toJson(ProjectDocument document) {
        var out = new ByteArrayOutputStream();
        try (var g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(DatasetWriter.prettyPrinter());
            write(g, document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen: writing to memory", e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** {@link #toJson} as a string. */
    public String toJsonString(ProjectDocument document) {
        return new String(toJson(document), StandardCharsets.UTF_8);
    }

    private static void write(JsonGenerator g, ProjectDocument d) throws IOException {
        g.writeStartObject();
        g.writeStringField("$schema", SCHEMA_ID);
        g.writeStringField("format", ProjectDocument.FORMAT);
        var data = d.data();
        g.writeObjectFieldStart("data");
        g.writeBooleanField("shipped", data.shipped());
        refs(g, "files", data.files());
        var im = data.researchImport();
        if (im != null) {
            g.writeObjectFieldStart("researchImport");
            g.writeStringField("dataset", im.dataset().key());
            refs(g, "files", im.files());
            g.writeStringField("prefer", im.prefer() == Precedence.IMPORTED ? "imported" : "loaded");
            g.writeBooleanField("alone", im.alone());
            g.writeBooleanField("skipBadRows", im.skipBadRows());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeArrayFieldStart("views");
        for (var v : d.views()) {
            view(g, v);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void view(JsonGenerator g, ProjectDocument.View v) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", v.name());
        g.writeNumberField("year", v.year());
        g.writeObjectFieldStart("filters");
        if (v.organisations() != null) {
            refs(g, "organisations", v.organisations());
        }
        if (v.subregions() != null) {
            strings(g, "subregions", v.subregions().stream().map(Subregion::label).sorted().toList());
        }
        if (v.tieTypes() != null) {
            strings(g, "tieTypes", v.tieTypes().stream().sorted().map(TieType::key).toList());
        }
        g.writeStringField("basis", v.basis().key());
        g.writeBooleanField("showIsolated", v.showIsolated());
        g.writeEndObject();
        optional(g, "layout", v.layout());
        optional(g, "labels", v.labels());
        optional(g, "organisationDisplay", v.organisationDisplay());
        if (v.mapMode() != null || !v.mapOrganisations().isEmpty()) {
            g.writeObjectFieldStart("map");
            optional(g, "mode", v.mapMode());
            refs(g, "organisations", v.mapOrganisations());
            g.writeEndObject();
        }
        if (v.viewport() != null) {
            g.writeObjectFieldStart("viewport");
            g.writeNumberField("x", v.viewport().x());
            g.writeNumberField("y", v.viewport().y());
            g.writeNumberField("zoom", v.viewport().zoom());
            g.writeEndObject();
        }
        if (!v.highlightActors().isEmpty() || !v.highlightTies().isEmpty()) {
            g.writeObjectFieldStart("highlight");
            refs(g, "actors", v.highlightActors());
            refs(g, "ties", v.highlightTies());
            g.writeEndObject();
        }
        if (v.title() != null || !v.keepSubtitle()) {
            g.writeObjectFieldStart("title");
            optional(g, "text", v.title());
            g.writeBooleanField("keepSubtitle", v.keepSubtitle());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String key, String value) throws IOException {
        if (value != null) {
            g.writeStringField(key, value);
        }
    }

    private static void refs(JsonGenerator g, String key, List<Ref> refs) throws IOException {
        strings(g, key, Ref.values(refs));
    }

    private static void strings(JsonGenerator g, String key, List<String> values) throws IOException {
        g.writeArrayFieldStart(key);
        for (var s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }
}
