package org.allianceatlas.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import org.allianceatlas.model.Clause;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.Membership;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.OrganisationName;
import org.allianceatlas.model.PartialDate;
import org.allianceatlas.model.Role;
import org.allianceatlas.model.Source;
import org.allianceatlas.model.State;
import org.allianceatlas.model.TieType;

/**
 * Writes a {@link Dataset} in the Alliance Atlas JSON format ({@code alliance-atlas/1}), so that loading the file
 * gives the same content back.
 *
 * <p>Any dataset may be written, including a subset of a loaded one (a user's additions): memberships of an
 * organisation in the dataset go into its {@code members}, the others (a user file adding to the shipped
 * {@code nato}) into the top-level {@code memberships}. Sources that have an id are written once under
 * {@code sources} and cited by id; the others inline. Optional values are written only when set; a membership's
 * role only when it is not {@code member}; tie types in their declaration order.
 *
 * <p>Files are written atomically ({@link AtomicFileWriter}), so that a crash or a full disk never leaves a
 * half-written data file. Stateless and thread-safe.
 */
public final class DatasetWriter {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final String FORMAT = "alliance-atlas/1";

    /**
     * Writes {@code dataset} to {@code target} atomically, with {@link AtomicFileWriter}: a name that is taken is
     * never replaced unless {@code replaceExisting}, even when another program takes it while this writes.
     *
     * @param replaceExisting when false, an existing {@code target} is left alone and an exception thrown; when
     *                        true it is replaced (its POSIX permissions are kept)
     * @throws FileAlreadyExistsException when {@code target} exists and {@code replaceExisting} is false
     * @throws IOException                when the folder is missing or not writable, or the disk is full; the target
     *                                    is then unchanged
     */
    public void write(Dataset dataset, Path target, boolean replaceExisting) throws IOException {
        AtomicFileWriter.write(target, replaceExisting, out -> writeTo(dataset, out));
    }

    /** Writes the dataset as {@link #toJson} gives it, UTF-8, to {@code out}; does not close it. */
    public void writeTo(Dataset dataset, OutputStream out) throws IOException {
        try (var g = FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            g.setPrettyPrinter(prettyPrinter()); // a fresh one: a pretty printer keeps nesting state
            writeDataset(g, dataset);
        }
        out.write('\n');
    }

    /** How our JSON files are laid out: two-space indentation, {@code "key": value}; shared with the project file. */
    static DefaultPrettyPrinter prettyPrinter() {
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    }

    /** The dataset as the text of one data file, UTF-8, two-space indentation, ending with a newline. */
    public String toJson(Dataset dataset) {
        var out = new ByteArrayOutputStream();
        try {
            writeTo(dataset, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen: writing to memory", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void writeDataset(JsonGenerator g, Dataset dataset) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        var named = namedSources(dataset);
        if (!named.isEmpty()) {
            g.writeObjectFieldStart("sources");
            for (var s : named.values()) {
                g.writeFieldName(s.id());
                writeSourceObject(g, s);
            }
            g.writeEndObject();
        }
        if (!dataset.states().isEmpty()) {
            g.writeArrayFieldStart("states");
            for (var s : dataset.states()) {
                writeState(g, s);
            }
            g.writeEndArray();
        }
        if (!dataset.organisations().isEmpty()) {
            g.writeArrayFieldStart("organisations");
            for (var o : dataset.organisations()) {
                writeOrganisation(g, o, dataset.membershipsOfOrganisation(o.id()));
            }
            g.writeEndArray();
        }
        var loose = dataset.memberships().stream()
                .filter(m -> dataset.organisation(m.organisationId()).isEmpty()).toList();
        if (!loose.isEmpty()) {
            g.writeArrayFieldStart("memberships");
            for (var m : loose) {
                writeMembership(g, m, true);
            }
            g.writeEndArray();
        }
        if (!dataset.clauses().isEmpty()) {
            g.writeArrayFieldStart("clauses");
            for (var c : dataset.clauses()) {
                writeClause(g, c);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** Every source with an id cited anywhere in the dataset, by id, in order of first citation. */
    private static Map<String, Source> namedSources(Dataset dataset) {
        var all = new ArrayList<Source>();
        dataset.organisations().forEach(o -> all.addAll(o.sources()));
        dataset.organisations().forEach(o -> o.names().forEach(n -> all.addAll(n.sources())));
        dataset.states().forEach(s -> s.names().forEach(n -> all.addAll(n.sources())));
        dataset.memberships().forEach(m -> all.addAll(m.sources()));
        dataset.clauses().forEach(c -> all.addAll(c.sources()));
        var named = new LinkedHashMap<String, Source>();
        for (var s : all) {
            if (s.id() != null) {
                named.putIfAbsent(s.id(), s);
            }
        }
        return named;
    }

    private static void writeState(JsonGenerator g, State s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("name", s.name());
        g.writeStringField("region", s.region().label());
        g.writeStringField("subregion", s.subregion().label());
        optional(g, "capital", s.capital());
        g.writeNumberField("lat", s.lat());
        g.writeNumberField("lon", s.lon());
        if (s.cowCode() != null) {
            g.writeNumberField("cow", s.cowCode());
        }
        if (s.existence() != null) {
            optional(g, "start", s.existence().start());
            optional(g, "end", s.existence().end());
        }
        optional(g, "note", s.note());
        if (!s.names().isEmpty()) {
            g.writeArrayFieldStart("names");
            for (var n : s.names()) {
                g.writeStartObject();
                g.writeStringField("name", n.name());
                if (!n.sinceTheRecordBegins()) {
                    optional(g, "start", n.span().start());
                }
                optional(g, "end", n.span().end());
                writeSources(g, n.sources());
                optional(g, "note", n.note());
                if (n.disputed()) {
                    g.writeBooleanField("disputed", true);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeOrganisation(JsonGenerator g, Organisation o, List<Membership> members)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("id", o.id());
        g.writeStringField("name", o.name());
        optional(g, "acronym", o.acronym());
        if (o.kind() != null) {
            g.writeStringField("kind", o.kind().key());
        }
        optional(g, "founded", o.lifetime().start());
        optional(g, "dissolved", o.lifetime().end());
        g.writeArrayFieldStart("tieTypes");
        for (var t : o.tieTypes().stream().sorted(Comparator.comparing(TieType::ordinal)).toList()) {
            g.writeString(t.key());
        }
        g.writeEndArray();
        if (o.informal()) {
            g.writeBooleanField("informal", true);
        }
        optional(g, "parent", o.parent());
        optional(g, "description", o.description());
        optional(g, "url", o.url());
        writeSources(g, o.sources());
        optional(g, "note", o.note());
        writeNames(g, o.names());
        if (!members.isEmpty()) {
            g.writeArrayFieldStart("members");
            for (var m : members) {
                writeMembership(g, m, false);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeNames(JsonGenerator g, List<OrganisationName> names) throws IOException {
        if (names.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("names");
        for (var n : names) {
            g.writeStartObject();
            optional(g, "from", n.from());
            g.writeStringField("name", n.name());
            optional(g, "acronym", n.acronym());
            if (!n.sources().isEmpty()) {
                writeSources(g, n.sources());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeMembership(JsonGenerator g, Membership m, boolean withOrganisation) throws IOException {
        g.writeStartObject();
        g.writeStringField("state", m.stateId());
        if (withOrganisation) {
            g.writeStringField("organisation", m.organisationId());
        }
        optional(g, "start", m.span().start());
        optional(g, "end", m.span().end());
        if (m.role() != Role.MEMBER) {
            g.writeStringField("role", m.role().key());
        }
        writeSources(g, m.sources());
        optional(g, "note", m.note());
        if (m.disputed()) {
            g.writeBooleanField("disputed", true);
        }
        g.writeEndObject();
    }

    private static void writeClause(JsonGenerator g, Clause c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        optional(g, "name", c.name());
        g.writeArrayFieldStart("parties");
        for (var p : c.parties()) {
            g.writeString(p);
        }
        g.writeEndArray();
        g.writeStringField("type", c.type().key());
        optional(g, "signed", c.signed());
        optional(g, "inForce", c.inForce());
        optional(g, "end", c.end());
        optional(g, "article", c.article());
        g.writeBooleanField("binding", c.binding());
        if (c.direction() != null) {
            g.writeObjectFieldStart("direction");
            g.writeStringField("from", c.direction().from());
            g.writeStringField("to", c.direction().to());
            g.writeEndObject();
        }
        writeSources(g, c.sources());
        optional(g, "note", c.note());
        if (c.disputed()) {
            g.writeBooleanField("disputed", true);
        }
        g.writeEndObject();
    }

    private static void writeSources(JsonGenerator g, Collection<Source> sources) throws IOException {
        g.writeArrayFieldStart("sources");
        for (var s : sources) {
            if (s.id() != null) {
                g.writeString(s.id());
            } else {
                writeSourceObject(g, s);
            }
        }
        g.writeEndArray();
    }

    private static void writeSourceObject(JsonGenerator g, Source s) throws IOException {
        g.writeStartObject();
        g.writeStringField("title", s.title());
        optional(g, "url", s.url());
        optional(g, "citation", s.citation());
        optional(g, "publisher", s.publisher());
        optional(g, "date", s.date());
        optional(g, "accessed", s.accessed());
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    private static void optional(JsonGenerator g, String field, PartialDate value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value.toString());
        }
    }
}
