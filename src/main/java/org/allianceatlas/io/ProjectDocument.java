package org.allianceatlas.io;

import java.util.List;
import java.util.Objects;

import org.allianceatlas.io.importers.DatasetMerger.Precedence;
import org.allianceatlas.io.importers.ResearchDataset;
import org.allianceatlas.model.DateBasis;
import org.allianceatlas.model.Subregion;
import org.allianceatlas.model.TieType;

/**
 * The content of a project file ({@code .atlas}, docs/project-file.md) as plain values, each reference with the place
 * it was written, so that the layer that knows the graph can report an unknown id at its line and column. Values this
 * layer cannot judge (a layout, a label mode: their types live above {@code io}) are kept as the keys written, checked
 * against a {@link ProjectFileReader.Vocabulary}; null means the file leaves the value out and the default applies.
 *
 * <p>Built by {@link ProjectFileReader} (with locations) or by the layer above for {@link ProjectFileWriter} (the
 * locations of a document made in code are null).
 *
 * @param data  the data files and the research import the project loads
 * @param views the saved views, in the order the user arranged them
 */
public record ProjectDocument(Data data, List<View> views) {

    /** The format marker written in every project file; a reader refuses another one. */
    public static final String FORMAT = "alliance-atlas-project/1";

    public ProjectDocument {
        Objects.requireNonNull(data, "data");
        views = List.copyOf(views);
    }

    /**
     * A value as written in the file (a path, an id) and where; {@code location} is null for a value made in code.
     */
    public record Ref(String value, Location location) {
        public Ref {
            Objects.requireNonNull(value, "value");
        }

        /** A value made in code, with no place in a file. */
        public static Ref of(String value) {
            return new Ref(value, null);
        }

        /** The values of {@code refs}, in order. */
        public static List<String> values(List<Ref> refs) {
            return refs.stream().map(Ref::value).toList();
        }

        /** {@code values} as refs made in code. */
        public static List<Ref> all(List<String> values) {
            return values.stream().map(Ref::of).toList();
        }
    }

    /**
     * What the project loads.
     *
     * @param shipped        start from the data shipped with the application
     * @param files          data files and folders, as written (relative to the project file's folder, or absolute)
     * @param researchImport the ATOP/COW import made on top of them, or null
     */
    public record Data(boolean shipped, List<Ref> files, Import researchImport) {
        public Data {
            files = List.copyOf(files);
        }
    }

    /**
     * One research import (File › Import ATOP…/COW…) as the app makes it.
     *
     * @param dataset     which research dataset the files are
     * @param files       the CSV files, as written
     * @param prefer      which side wins where both describe an organisation
     * @param alone       true: the import replaces the data above instead of joining it
     * @param skipBadRows true: rows with errors are left out (each still reported)
     * @param location    where the import is written, or null
     */
    public record Import(ResearchDataset dataset, List<Ref> files, Precedence prefer, boolean alone,
                         boolean skipBadRows, Location location) {
        public Import {
            Objects.requireNonNull(dataset, "dataset");
            Objects.requireNonNull(prefer, "prefer");
            files = List.copyOf(files);
        }
    }

    /**
     * Where the screen looked: the centre in layout units and the zoom (1 = the fitted view; 2 = twice as close).
     */
    public record Viewport(double x, double y, double zoom) {
    }

    /**
     * One saved view. Lists of organisations, sub-regions and tie types are null when the view selects all of them
     * (including ones added later), and may be empty (selects none).
     *
     * @param location            where the view's object starts, or null
     * @param layout              a layout key, or null for the default
     * @param labels              a label-mode key, or null for the default
     * @param organisationDisplay an organisation-display key, or null for the default
     * @param mapMode             a map-mode key, or null for the default
     * @param mapOrganisations    the organisations the alliance map colours (empty: the default choice)
     * @param viewport            the screen's viewport, or null (fit the picture)
     * @param title               a custom title, or null for the default one
     * @param keepSubtitle        with a custom title, still write the filters below it
     */
    public record View(Location location, String name, int year, DateBasis basis, List<Ref> organisations,
                       List<Subregion> subregions, List<TieType> tieTypes, boolean showIsolated, String layout,
                       String labels, String organisationDisplay, String mapMode, List<Ref> mapOrganisations,
                       Viewport viewport, List<Ref> highlightActors, List<Ref> highlightTies, String title,
                       boolean keepSubtitle) {
        public View {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(basis, "basis");
            organisations = organisations == null ? null : List.copyOf(organisations);
            subregions = subregions == null ? null : List.copyOf(subregions);
            tieTypes = tieTypes == null ? null : List.copyOf(tieTypes);
            mapOrganisations = List.copyOf(mapOrganisations);
            highlightActors = List.copyOf(highlightActors);
            highlightTies = List.copyOf(highlightTies);
        }
    }
}
