package org.allianceatlas.cli;

import java.io.PrintWriter;

import org.allianceatlas.graph.FilterCriteria;
import picocli.CommandLine.Mixin;

/** A command that answers about one filtered view: the filter options, checked against the loaded data. */
abstract class ViewCommand extends DataCommand {

    @Mixin
    FilterOptions filters;

    @Override
    final void answer(AtlasCli.Loaded loaded, PrintWriter out) {
        var organisations = loaded.service().requireOrganisations(filters.organisations());
        answer(loaded, filters.criteria(root().basis(), organisations), out);
    }

    abstract void answer(AtlasCli.Loaded loaded, FilterCriteria criteria, PrintWriter out);
}
