package org.allianceatlas.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;

import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.io.DataInput;
import org.allianceatlas.io.DatasetLoader;
import org.allianceatlas.io.DatasetWriter;
import org.allianceatlas.model.Clause;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.Membership;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.State;

/**
 * Writes what the view shows as a data file in the Alliance Atlas format ({@link DatasetWriter}), which the app and
 * the CLI can load again: the visible states, organisations, memberships and clauses, plus what a valid file needs
 * besides — every party of a visible clause (a clause keeps all its parties, even those outside a region filter) and
 * the parents of visible organisations. The written file is loaded and validated before it replaces the target, so an
 * export never produces a file the app would refuse.
 */
public final class JsonExporter implements Exporter {

    @Override
    public ExportFormat format() {
        return ExportFormat.JSON;
    }

    @Override
    public void export(ExportJob job) throws ExportException {
        AtomicFile.checkTarget(job.target(), job.overwrite());
        var subset = subset(job.view());
        var json = new DatasetWriter().toJson(subset).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(job.target(), job.overwrite(), out -> out.write(json), written -> {
            var loaded = new DatasetLoader().load(List.of(DataInput.of(written)));
            if (!loaded.usable()) {
                throw new IllegalStateException("the exported data does not validate (a bug; please report it): "
                        + loaded.report().format());
            }
        });
    }

    /** The visible part of the view's dataset, completed so that it validates on its own. */
    public static Dataset subset(AlignmentView view) {
        var dataset = view.source().dataset();
        var states = new LinkedHashMap<String, State>();
        var organisations = new LinkedHashMap<String, Organisation>();
        var memberships = new ArrayList<Membership>();
        var clauses = new LinkedHashSet<Clause>();
        view.states().forEach(s -> states.put(s.id(), s));
        view.organisations().forEach(o -> organisations.put(o.id(), o));
        view.membershipTies().forEach(t -> memberships.add(t.membership()));
        view.clauseTies().forEach(t -> clauses.add(t.clause()));
        for (var c : clauses) {
            for (var p : c.parties()) {
                dataset.state(p).ifPresent(s -> states.putIfAbsent(s.id(), s));
            }
        }
        var pending = new ArrayList<>(organisations.values());
        while (!pending.isEmpty()) {
            var o = pending.remove(pending.size() - 1);
            if (o.parent() != null && !organisations.containsKey(o.parent())) {
                dataset.organisation(o.parent()).ifPresent(parent -> {
                    organisations.put(parent.id(), parent);
                    pending.add(parent);
                });
            }
        }
        // Keep the dataset's order so that the file reads like the source files.
        var orderedStates = dataset.states().stream().filter(s -> states.containsKey(s.id())).toList();
        var orderedOrgs = dataset.organisations().stream().filter(o -> organisations.containsKey(o.id())).toList();
        var orderedClauses = dataset.clauses().stream().filter(clauses::contains).toList();
        return Dataset.of(orderedStates, orderedOrgs, memberships, orderedClauses);
    }
}
