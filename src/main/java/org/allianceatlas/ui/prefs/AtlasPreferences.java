package org.allianceatlas.ui.prefs;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;

import org.allianceatlas.export.ExportFormat;
import org.allianceatlas.export.render.Background;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.io.importers.DatasetMerger.Precedence;
import org.allianceatlas.io.importers.ResearchDataset;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.model.DateBasis;
import org.allianceatlas.model.Keyed;
import org.allianceatlas.model.Subregion;
import org.allianceatlas.model.TieType;
import org.allianceatlas.ui.dataset.DatasetChoice;
import org.allianceatlas.ui.research.ImportChoice;

/**
 * What the desktop app remembers between runs — window bounds, theme, layout, labels, the last dataset and research
 * import, the project file, the filters and the export dialog's choices — in one {@link Preferences} node. The
 * application uses {@link #DEFAULT_NODE}; tests pass a node of their own and remove it afterwards.
 *
 * <p>Reading never fails: a missing, unreadable or hand-edited value is ignored and the default is used, because a
 * stale preference must never stop the application from starting. Writing is best effort for the same reason.
 */
public final class AtlasPreferences {

    /** The node the application uses, below the user root. */
    public static final String DEFAULT_NODE = "/org/allianceatlas/ui";

    /** The system property that redirects the application to another node (tests, demos). */
    public static final String NODE_PROPERTY = "allianceatlas.preferences.node";

    private static final String ALL = "*";
    private static final String SHIPPED = "<shipped>";

    private final Preferences node;

    public AtlasPreferences(Preferences node) {
        this.node = node;
    }

    /** The node named by the {@value #NODE_PROPERTY} system property, or {@link #DEFAULT_NODE}. */
    public static AtlasPreferences forApplication() {
        var name = System.getProperty(NODE_PROPERTY, DEFAULT_NODE);
        return new AtlasPreferences(Preferences.userRoot().node(name.startsWith("/") ? name : "/" + name));
    }

    public Preferences node() {
        return node;
    }

    // --- window -------------------------------------------------------------------------------------------------

    public Optional<WindowBounds> windowBounds() {
        double w = node.getDouble("window.width", -1);
        double h = node.getDouble("window.height", -1);
        if (w <= 0 || h <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WindowBounds(node.getDouble("window.x", 0), node.getDouble("window.y", 0), w, h,
                    node.getBoolean("window.maximized", false)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void setWindowBounds(WindowBounds b) {
        node.putDouble("window.x", b.x());
        node.putDouble("window.y", b.y());
        node.putDouble("window.width", b.width());
        node.putDouble("window.height", b.height());
        node.putBoolean("window.maximized", b.maximized());
    }

    // --- look -------------------------------------------------------------------------------------------------

    public Theme theme() {
        return Keyed.fromKey(Theme.class, node.get("theme", null)).orElse(Theme.LIGHT);
    }

    public void setTheme(Theme theme) {
        node.put("theme", theme.key());
    }

    public LayoutKind layout() {
        return Keyed.fromKey(LayoutKind.class, node.get("layout", null)).orElse(LayoutKind.GEOGRAPHIC);
    }

    public void setLayout(LayoutKind kind) {
        node.put("layout", kind.key());
    }

    public boolean labelsVisible() {
        return node.getBoolean("labels", true);
    }

    public void setLabelsVisible(boolean visible) {
        node.putBoolean("labels", visible);
    }

    // --- dataset ----------------------------------------------------------------------------------------------

    /** The last dataset that loaded without errors; empty before the first run or when the value is unreadable. */
    public Optional<DatasetChoice> dataset() {
        var raw = node.get("dataset", null);
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        boolean shipped = false;
        var paths = new ArrayList<Path>();
        for (var line : raw.split("\n")) {
            if (line.equals(SHIPPED)) {
                shipped = true;
            } else if (!line.isBlank()) {
                try {
                    paths.add(Path.of(line));
                } catch (InvalidPathException e) {
                    return Optional.empty();
                }
            }
        }
        return shipped || !paths.isEmpty() ? Optional.of(new DatasetChoice(shipped, paths)) : Optional.empty();
    }

    public void setDataset(DatasetChoice choice) {
        var lines = new ArrayList<String>();
        if (choice.shipped()) {
            lines.add(SHIPPED);
        }
        choice.paths().forEach(p -> lines.add(p.toAbsolutePath().toString()));
        putBounded("dataset", String.join("\n", lines), null);
    }

    /**
     * The research import made on top of {@link #dataset()} in the last session (File &gt; Import ATOP…/COW…);
     * empty when there was none or a value is unreadable.
     */
    public Optional<ImportChoice> researchImport() {
        var kind = Keyed.fromKey(ResearchDataset.class, node.get("import.kind", null));
        var precedence = Arrays.stream(Precedence.values())
                .filter(p -> p.name().equals(node.get("import.precedence", null))).findFirst();
        var raw = node.get("import.files", "");
        if (kind.isEmpty() || precedence.isEmpty() || raw.isBlank()) {
            return Optional.empty();
        }
        var files = new ArrayList<Path>();
        for (var line : raw.split("\n")) {
            if (!line.isBlank()) {
                try {
                    files.add(Path.of(line));
                } catch (InvalidPathException e) {
                    return Optional.empty();
                }
            }
        }
        return files.isEmpty() ? Optional.empty() : Optional.of(new ImportChoice(kind.get(), files, precedence.get(),
                node.getBoolean("import.alone", false), node.getBoolean("import.skipBadRows", false)));
    }

    /** Remembers the session's research import; null: there is none. */
    public void setResearchImport(ImportChoice choice) {
        if (choice == null) {
            for (var key : List.of("import.kind", "import.files", "import.precedence", "import.alone",
                    "import.skipBadRows")) {
                node.remove(key);
            }
            return;
        }
        var files = choice.files().stream().map(p -> p.toAbsolutePath().toString()).collect(Collectors.joining("\n"));
        if (files.length() > Preferences.MAX_VALUE_LENGTH) {
            setResearchImport(null); // hundreds of paths: cannot be stored, so none is remembered
            return;
        }
        node.put("import.kind", choice.kind().key());
        node.put("import.files", files);
        node.put("import.precedence", choice.precedence().name());
        node.putBoolean("import.alone", choice.alone());
        node.putBoolean("import.skipBadRows", choice.skipBadRows());
    }

    // --- project ----------------------------------------------------------------------------------------------

    /** The project file open when the last session ended; empty when there was none or the value is unreadable. */
    public Optional<Path> project() {
        var raw = node.get("project", null);
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(raw));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Remembers the project file open now; null: none. */
    public void setProject(Path file) {
        if (file == null) {
            node.remove("project");
        } else {
            putBounded("project", file.toAbsolutePath().toString(), null);
        }
    }

    // --- filters ----------------------------------------------------------------------------------------------

    /** The filters of the last session; empty before the first run. Unknown keys in a stored list are dropped. */
    public Optional<FilterCriteria> filters() {
        int year = node.getInt("filter.year", Integer.MIN_VALUE);
        if (year == Integer.MIN_VALUE) {
            return Optional.empty();
        }
        var basis = Keyed.fromKey(DateBasis.class, node.get("filter.basis", null)).orElse(DateBasis.SIGNATURE);
        var organisations = selection(node.get("filter.organisations", ALL), Optional::of);
        var subregions = selection(node.get("filter.subregions", ALL),
                k -> Arrays.stream(Subregion.values()).filter(s -> s.name().equals(k)).findFirst());
        var tieTypes = selection(node.get("filter.tieTypes", ALL), k -> Keyed.fromKey(TieType.class, k));
        return Optional.of(new FilterCriteria(year, basis, organisations, subregions, tieTypes,
                node.getBoolean("filter.showIsolated", false)));
    }

    public void setFilters(FilterCriteria c) {
        node.putInt("filter.year", c.year());
        node.put("filter.basis", c.basis().key());
        putBounded("filter.organisations", encode(c.organisations(), Function.identity()), ALL);
        putBounded("filter.subregions", encode(c.subregions(), Subregion::name), ALL);
        putBounded("filter.tieTypes", encode(c.tieTypes(), TieType::key), ALL);
        node.putBoolean("filter.showIsolated", c.showIsolated());
    }

    // --- export -----------------------------------------------------------------------------------------------

    /** The export dialog's last choices; {@link ExportChoices#DEFAULTS} for each value missing or unreadable. */
    public ExportChoices exportChoices() {
        var d = ExportChoices.DEFAULTS;
        return new ExportChoices(
                Keyed.fromKey(ExportFormat.class, node.get("export.format", null)).orElse(d.format()),
                node.get("export.page", d.page()),
                node.getInt("export.customWidth", d.customWidth()),
                node.getInt("export.customHeight", d.customHeight()),
                node.getInt("export.scale", d.scale()),
                Keyed.fromKey(Background.class, node.get("export.background", null)).orElse(d.background()),
                node.getBoolean("export.title", d.title()),
                node.getBoolean("export.legend", d.legend()),
                node.getBoolean("export.caption", d.caption()));
    }

    public void setExportChoices(ExportChoices c) {
        node.put("export.format", c.format().key());
        putBounded("export.page", c.page(), null);
        node.putInt("export.customWidth", c.customWidth());
        node.putInt("export.customHeight", c.customHeight());
        node.putInt("export.scale", c.scale());
        node.put("export.background", c.background().key());
        node.putBoolean("export.title", c.title());
        node.putBoolean("export.legend", c.legend());
        node.putBoolean("export.caption", c.caption());
    }

    private static <T> String encode(Selection<T> s, Function<T, String> key) {
        return s.all() ? ALL : s.items().stream().map(key).sorted().collect(Collectors.joining(","));
    }

    private static <T> Selection<T> selection(String raw, Function<String, Optional<T>> parse) {
        if (raw == null || raw.equals(ALL)) {
            return Selection.everything();
        }
        Collection<T> items = Arrays.stream(raw.split(",")).map(String::strip).filter(k -> !k.isEmpty())
                .map(parse).flatMap(Optional::stream).toList();
        return Selection.only(items);
    }

    /**
     * Stores a value, or {@code fallback} (null: removes the key) when it exceeds {@link Preferences#MAX_VALUE_LENGTH}
     * — a selection of hundreds of organisations is then remembered as "everything" rather than failing.
     */
    private void putBounded(String key, String value, String fallback) {
        if (value.length() <= Preferences.MAX_VALUE_LENGTH) {
            node.put(key, value);
        } else if (fallback != null) {
            node.put(key, fallback);
        } else {
            node.remove(key);
        }
    }

    /** Writes to the backing store now; failures are ignored (see the class comment). */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // best effort: preferences are a convenience, losing them must not stop the application
        }
    }
}
