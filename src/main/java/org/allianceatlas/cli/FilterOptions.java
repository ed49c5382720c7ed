package org.allianceatlas.cli;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.model.DateBasis;
import org.allianceatlas.model.Region;
import org.allianceatlas.model.Subregion;
import org.allianceatlas.model.TieType;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The filter options shared by the commands that look at one view: {@code [--year Y] [--org ID]... [--region R]...
 * [--type T]... [--show-isolated]}, mixed into them and turned into a {@link FilterCriteria} with the rules of
 * docs/architecture.md. Values are checked while parsing (exit 2).
 */
final class FilterOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    private Integer year;

    @Option(names = "--org", paramLabel = "ID", description = "Only this organisation's members and the clauses "
            + "among them (repeatable).")
    private List<String> organisations = new ArrayList<>();

    @Option(names = "--region", paramLabel = "R", converter = RegionConverter.class,
            description = "Only states of this region or sub-region, e.g. Europe, \"Western Asia\" (repeatable).")
    private List<RegionChoice> regions = new ArrayList<>();

    @Option(names = "--type", paramLabel = "T", converter = TieTypeConverter.class,
            description = "Only ties of this type, e.g. mutual_defence (repeatable).")
    private List<TieType> types = new ArrayList<>();

    @Option(names = "--show-isolated", description = "Also show states with no visible tie.")
    private boolean showIsolated;

    @Option(names = "--year", paramLabel = "Y", description = "The year, as of 31 December (default: this year).")
    void setYear(int value) {
        year = YearOption.check(spec, value);
    }

    /** The organisations named with {@code --org}, to check against the data. */
    List<String> organisations() {
        return organisations;
    }

    /** The criteria for the given year (the {@code --year} value is ignored). */
    FilterCriteria criteria(int forYear, DateBasis basis) {
        return criteria(forYear, basis, organisations);
    }

    /**
     * The criteria for the given year with the organisations as the data spells them (the user may type
     * {@code NATO} for {@code nato}).
     */
    private FilterCriteria criteria(int forYear, DateBasis basis, List<String> organisationIds) {
        var c = FilterCriteria.forYear(forYear).withBasis(basis).withShowIsolated(showIsolated);
        if (!organisationIds.isEmpty()) {
            c = c.withOrganisations(Selection.only(organisationIds));
        }
        if (!regions.isEmpty()) {
            var subs = new LinkedHashSet<Subregion>();
            regions.forEach(r -> subs.addAll(r.subregions()));
            c = c.withSubregions(Selection.only(subs));
        }
        if (!types.isEmpty()) {
            c = c.withTieTypes(Selection.only(types));
        }
        return c;
    }

    /** The criteria for {@code --year}, or this year when it is not given. */
    FilterCriteria criteria(DateBasis basis) {
        return criteria(basis, organisations);
    }

    /** As {@link #criteria(DateBasis)}, with the {@code --org} ids as the data spells them. */
    FilterCriteria criteria(DateBasis basis, List<String> organisationIds) {
        return criteria(year != null ? year : Year.now().getValue(), basis, organisationIds);
    }

    static final class TieTypeConverter extends KeyedConverter<TieType> {
        TieTypeConverter() {
            super(TieType.class, "a tie type");
        }
    }

    /** What one {@code --region} selects: a region's sub-regions, or one sub-region. */
    record RegionChoice(List<Subregion> subregions) {
    }

    /** A region (all its sub-regions) or one sub-region, by name, case-insensitive; {@code -} may stand for a space. */
    static final class RegionConverter implements ITypeConverter<RegionChoice> {
        @Override
        public RegionChoice convert(String value) {
            var name = value.strip().replace('-', ' ').replace('_', ' ');
            var region = Region.fromLabel(name);
            if (region.isPresent()) {
                return new RegionChoice(region.get().subregions());
            }
            return Subregion.fromLabel(name).or(() -> Subregion.fromLabel(value.strip()))
                    .map(s -> new RegionChoice(List.of(s)))
                    .orElseThrow(() -> new TypeConversionException("'" + value + "' is not a region or sub-region; "
                            + "regions are Africa, Americas, Asia, Europe, Oceania"));
        }
    }
}
