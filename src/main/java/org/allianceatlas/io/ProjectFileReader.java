package org.allianceatlas.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.allianceatlas.io.JsonValue.JsonArray;
import org.allianceatlas.io.JsonValue.JsonObject;
import org.allianceatlas.io.ProjectDocument.Ref;
import org.allianceatlas.io.importers.DatasetMerger.Precedence;
import org.allianceatlas.io.importers.ResearchDataset;
import org.allianceatlas.model.DateBasis;
import org.allianceatlas.model.Keyed;
import org.allianceatlas.model.Subregion;
import org.allianceatlas.model.TieType;

/**
 * Reads a project file ({@code .atlas}, docs/project-file.md) into a {@link ProjectDocument}, reporting every problem
 * at once as the data files do (file, line:column, JSON path, what to fix): a missing, empty, binary, oversized or
 * truncated file, malformed JSON, a value of the wrong type, a missing name or year, an unknown layout or label mode
 * (errors: the project does not open); an unknown field (a warning: it is ignored). Whether the ids and files the
 * project names exist is for the layer above to check, with the locations the document keeps.
 *
 * <p>Stateless and thread-safe.
 */
public final class ProjectFileReader {

    /**
     * The keys the layers above define for values this layer cannot know (a layout lives in {@code layout}, a label
     * mode in {@code export}): a value outside them is an error at its place, with the allowed keys.
     */
    public record Vocabulary(List<String> layouts, List<String> labelModes, List<String> organisationDisplays,
                             List<String> mapModes) {
        public Vocabulary {
            layouts = List.copyOf(layouts);
            labelModes = List.copyOf(labelModes);
            organisationDisplays = List.copyOf(organisationDisplays);
            mapModes = List.copyOf(mapModes);
        }
    }

    /**
     * What reading found.
     *
     * @param document the content, or empty when the report has errors
     * @param report   every problem, errors and warnings
     */
    public record Result(Optional<ProjectDocument> document, ValidationReport report) {
    }

    static final Set<String> ROOT_FIELDS = Set.of("$schema", "format", "description", "data", "views");
    static final Set<String> DATA_FIELDS = Set.of("shipped", "files", "researchImport");
    static final Set<String> IMPORT_FIELDS = Set.of("dataset", "files", "prefer", "alone", "skipBadRows");
    static final Set<String> VIEW_FIELDS = Set.of("name", "year", "filters", "layout", "labels",
            "organisationDisplay", "map", "viewport", "highlight", "title");
    static final Set<String> FILTER_FIELDS = Set.of("organisations", "subregions", "tieTypes", "basis",
            "showIsolated");
    static final Set<String> MAP_FIELDS = Set.of("mode", "organisations");
    static final Set<String> VIEWPORT_FIELDS = Set.of("x", "y", "zoom");
    static final Set<String> HIGHLIGHT_FIELDS = Set.of("actors", "ties");
    static final Set<String> TITLE_FIELDS = Set.of("text", "keepSubtitle");

    /** The keys of {@link Precedence} in a project file, the words of the CLI's {@code --prefer}. */
    static final List<String> PREFER_KEYS = List.of("loaded", "imported");

    /** Largest zoom a viewport may have; the canvas stops long before. */
    static final double MAX_ZOOM = 1000;

    /** Largest coordinate of a viewport centre, in layout units (the layouts stay within a few thousand). */
    static final double MAX_COORDINATE = 1e7;

    private final Vocabulary vocabulary;
    private final DatasetLoader bytes;

    public ProjectFileReader(Vocabulary vocabulary) {
        this(vocabulary, new DatasetLoader());
    }

    /** A reader whose size limit is the given loader's (tests). */
    ProjectFileReader(Vocabulary vocabulary, DatasetLoader bytes) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.bytes = bytes;
    }

    /** Reads {@code file}; problems name it as given. */
    public Result read(Path file) {
        var problems = new ArrayList<Problem>();
        var input = DataInput.of(file);
        var root = bytes.read(input, problems)
                .flatMap(b -> JsonTreeReader.read(input.displayName(), b, problems));
        var document = root.flatMap(r -> new Reading(problems).document(r));
        var report = ValidationReport.of(problems);
        return new Result(report.hasErrors() ? Optional.empty() : document, report);
    }

    /** One file's reading: the problems it adds to. */
    private final class Reading {
        private final List<Problem> problems;

        Reading(List<Problem> problems) {
            this.problems = problems;
        }

        Optional<ProjectDocument> document(JsonValue root) {
            if (!(root instanceof JsonObject)) {
                problems.add(root.location().error("a project file must be a JSON object such as {\"format\": \""
                        + ProjectDocument.FORMAT + "\", \"views\": [...]}, not " + root.kind()));
                return Optional.empty();
            }
            var f = ObjectFields.of(root, "project file", ROOT_FIELDS, problems).orElseThrow();
            f.string("$schema", false);
            f.string("description", false);
            var format = f.string("format", false);
            if (format.isPresent() && !format.get().equals(ProjectDocument.FORMAT)) {
                f.fail(f.locationOf("format").error("unsupported format '" + format.get() + "': this version reads '"
                        + ProjectDocument.FORMAT + "'" + (format.get().equals("alliance-atlas/1")
                        ? "; this is a data file: open it with File › Open data or --data" : "")));
            }
            var data = f.typed("data", JsonObject.class, "an object {\"shipped\": true, \"files\": [...]}", false)
                    .map(this::data).orElse(Optional.of(new ProjectDocument.Data(true, List.of(), null)));
            var views = new ArrayList<ProjectDocument.View>();
            for (var v : f.array("views", false).map(JsonArray::elements).orElse(List.of())) {
                view(v).ifPresent(views::add);
            }
            if (f.incomplete() || data.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new ProjectDocument(data.get(), views));
        }

        private Optional<ProjectDocument.Data> data(JsonObject node) {
            var f = ObjectFields.of(node, "data section", DATA_FIELDS, problems).orElseThrow();
            boolean shipped = f.bool("shipped", false, true);
            var files = strings(f, "files", "data file");
            Optional<ProjectDocument.Import> research = f.typed("researchImport", JsonObject.class,
                    "an object {\"dataset\": \"atop\", \"files\": [...]}", false).flatMap(this::researchImport);
            if (f.incomplete() || files.isEmpty()
                    || f.object().members().containsKey("researchImport") && research.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new ProjectDocument.Data(shipped, files.get(), research.orElse(null)));
        }

        private Optional<ProjectDocument.Import> researchImport(JsonObject node) {
            var f = ObjectFields.of(node, "research import", IMPORT_FIELDS, problems).orElseThrow();
            var dataset = f.choice("dataset", true, Arrays.asList(ResearchDataset.values()), Keyed::key);
            var files = strings(f, "files", "file");
            if (!f.object().members().containsKey("files")) {
                f.fail(f.locationOf("files").error("missing required field 'files' in this research import: "
                        + "list its CSV files"));
            } else if (files.isPresent() && files.get().isEmpty()) {
                f.fail(f.locationOf("files").error("a research import needs at least one file: list its CSV files"));
            }
            var prefer = f.choice("prefer", false, PREFER_KEYS, Function.identity());
            boolean alone = f.bool("alone", false, false);
            boolean skip = f.bool("skipBadRows", false, false);
            if (f.incomplete() || dataset.isEmpty() || files.isEmpty()) {
                return Optional.empty();
            }
            var precedence = prefer.orElse("loaded").equals("imported") ? Precedence.IMPORTED : Precedence.BASE;
            return Optional.of(new ProjectDocument.Import(dataset.get(), files.get(), precedence, alone, skip,
                    f.location()));
        }

        private Optional<ProjectDocument.View> view(JsonValue value) {
            var found = ObjectFields.of(value, "saved view", VIEW_FIELDS, problems);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            var f = found.get();
            var name = f.string("name", true);
            var year = f.integer("year", true, 1, 9999);
            var filters = f.typed("filters", JsonObject.class, "an object {\"organisations\": [...], ...}", false)
                    .map(n -> ObjectFields.of(n, "filter section", FILTER_FIELDS, problems).orElseThrow());
            DateBasis basis = DateBasis.SIGNATURE;
            List<Ref> organisations = null;
            List<Subregion> subregions = null;
            List<TieType> tieTypes = null;
            boolean showIsolated = false;
            boolean filtersUsable = true;
            if (filters.isPresent()) {
                var ff = filters.get();
                basis = ff.choice("basis", false, Arrays.asList(DateBasis.values()), Keyed::key)
                        .orElse(DateBasis.SIGNATURE);
                organisations = ff.object().members().containsKey("organisations")
                        ? strings(ff, "organisations", "organisation id").orElse(null) : null;
                subregions = choices(ff, "subregions", "sub-region", Arrays.asList(Subregion.values()),
                        Subregion::label).orElse(null);
                tieTypes = choices(ff, "tieTypes", "tie type", Arrays.asList(TieType.values()), Keyed::key)
                        .orElse(null);
                showIsolated = ff.bool("showIsolated", false, false);
                filtersUsable = !ff.incomplete();
            }
            var layout = f.choice("layout", false, vocabulary.layouts(), Function.identity());
            var labels = f.choice("labels", false, vocabulary.labelModes(), Function.identity());
            var display = f.choice("organisationDisplay", false, vocabulary.organisationDisplays(),
                    Function.identity());
            String mapMode = null;
            List<Ref> mapOrganisations = List.of();
            var map = f.typed("map", JsonObject.class, "an object {\"mode\": \"alliances\", \"organisations\": [...]}",
                    false).map(n -> ObjectFields.of(n, "map section", MAP_FIELDS, problems).orElseThrow());
            boolean mapUsable = true;
            if (map.isPresent()) {
                mapMode = map.get().choice("mode", false, vocabulary.mapModes(), Function.identity()).orElse(null);
                mapOrganisations = strings(map.get(), "organisations", "organisation id").orElse(List.of());
                mapUsable = !map.get().incomplete();
            }
            var viewport = f.typed("viewport", JsonObject.class, "an object {\"x\": 0, \"y\": 0, \"zoom\": 1}", false)
                    .map(n -> ObjectFields.of(n, "viewport", VIEWPORT_FIELDS, problems).orElseThrow());
            ProjectDocument.Viewport port = null;
            boolean portUsable = true;
            if (viewport.isPresent()) {
                var vf = viewport.get();
                var x = vf.number("x", true, -MAX_COORDINATE, MAX_COORDINATE, "layout units");
                var y = vf.number("y", true, -MAX_COORDINATE, MAX_COORDINATE, "layout units");
                var zoom = vf.number("zoom", true, Double.MIN_VALUE, MAX_ZOOM, "times the fitted view");
                portUsable = !vf.incomplete();
                if (portUsable) {
                    port = new ProjectDocument.Viewport(x.orElseThrow(), y.orElseThrow(), zoom.orElseThrow());
                }
            }
            List<Ref> actors = List.of();
            List<Ref> ties = List.of();
            var highlight = f.typed("highlight", JsonObject.class, "an object {\"actors\": [...], \"ties\": [...]}",
                    false).map(n -> ObjectFields.of(n, "highlight", HIGHLIGHT_FIELDS, problems).orElseThrow());
            boolean highlightUsable = true;
            if (highlight.isPresent()) {
                actors = strings(highlight.get(), "actors", "actor id").orElse(List.of());
                ties = strings(highlight.get(), "ties", "tie id").orElse(List.of());
                highlightUsable = !highlight.get().incomplete();
            }
            String title = null;
            boolean keepSubtitle = true;
            var titleNode = f.typed("title", JsonObject.class, "an object {\"text\": \"...\", \"keepSubtitle\": true}",
                    false).map(n -> ObjectFields.of(n, "title", TITLE_FIELDS, problems).orElseThrow());
            boolean titleUsable = true;
            if (titleNode.isPresent()) {
                title = titleNode.get().string("text", false).orElse(null);
                keepSubtitle = titleNode.get().bool("keepSubtitle", false, true);
                titleUsable = !titleNode.get().incomplete();
            }
            if (f.incomplete() || !filtersUsable || !mapUsable || !portUsable || !highlightUsable || !titleUsable) {
                return Optional.empty();
            }
            return Optional.of(new ProjectDocument.View(f.location(), name.orElseThrow(), year.orElseThrow(), basis,
                    organisations, subregions, tieTypes, showIsolated, layout.orElse(null), labels.orElse(null),
                    display.orElse(null), mapMode, mapOrganisations, port, actors, ties, title, keepSubtitle));
        }

        /** An optional array of strings, each with its place; empty (and reported) when unusable. */
        private Optional<List<Ref>> strings(ObjectFields f, String key, String noun) {
            var array = f.array(key, false);
            if (array.isEmpty()) {
                return f.object().members().containsKey(key) ? Optional.empty() : Optional.of(List.of());
            }
            var refs = new ArrayList<Ref>();
            boolean ok = true;
            for (var e : array.get().elements()) {
                var s = ObjectFields.stringOf(e, noun, null, null, problems);
                if (s.isPresent()) {
                    refs.add(new Ref(s.get(), e.location()));
                } else {
                    ok = false;
                }
            }
            if (!ok) {
                f.markIncomplete();
                return Optional.empty();
            }
            return Optional.of(refs);
        }

        /** An optional array of values of a fixed set; absent: empty Optional (all). */
        private <T> Optional<List<T>> choices(ObjectFields f, String key, String noun, List<T> values,
                                              Function<T, String> label) {
            var array = f.array(key, false);
            if (array.isEmpty()) {
                return Optional.empty();
            }
            var out = new ArrayList<T>();
            for (var e : array.get().elements()) {
                var c = ObjectFields.choiceOf(e, noun, values, label, problems);
                if (c.isPresent()) {
                    out.add(c.get());
                } else {
                    f.markIncomplete();
                }
            }
            return Optional.of(out);
        }
    }
}
