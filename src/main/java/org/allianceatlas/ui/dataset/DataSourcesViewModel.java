package org.allianceatlas.ui.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.Source;
import org.allianceatlas.ui.shared.SearchText;

/**
 * Every distinct source the dataset cites (organisations, memberships, clauses), with how often, sorted by title;
 * narrowed by a filter text over title, publisher and URL. Two citations are the same source when title, URL and
 * citation agree (a named source cited from many places, or the same inline source written twice).
 *
 * <p>UI thread only; no controls.
 */
public final class DataSourcesViewModel {

    private final List<SourceEntry> all;
    private final ObservableList<SourceEntry> shown = FXCollections.observableArrayList();
    private final ObservableList<SourceEntry> readOnlyShown = FXCollections.unmodifiableObservableList(shown);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");

    public DataSourcesViewModel(Dataset dataset) {
        record Key(String title, String url, String citation) {
        }
        var counts = new LinkedHashMap<Key, Integer>();
        var firsts = new LinkedHashMap<Key, Source>();
        var cited = new ArrayList<Source>();
        dataset.organisations().forEach(o -> cited.addAll(o.sources()));
        dataset.memberships().forEach(m -> cited.addAll(m.sources()));
        dataset.clauses().forEach(c -> cited.addAll(c.sources()));
        for (var s : cited) {
            var key = new Key(s.title(), s.url(), s.citation());
            counts.merge(key, 1, Integer::sum);
            firsts.putIfAbsent(key, s);
        }
        all = firsts.entrySet().stream()
                .map(e -> entry(e.getValue(), counts.get(e.getKey())))
                .sorted(Comparator.comparing((SourceEntry e) -> e.title().toLowerCase(Locale.ROOT))
                        .thenComparing(e -> e.url() == null ? "" : e.url()))
                .toList();
        filter.addListener((o, a, b) -> apply());
        apply();
    }

    private static SourceEntry entry(Source s, int uses) {
        return new SourceEntry(s.title(), s.publisher(), s.url(), s.citation(), uses);
    }

    /** Every source, sorted by title. */
    public List<SourceEntry> all() {
        return all;
    }

    /** The sources matching {@link #filterProperty()}. */
    public ObservableList<SourceEntry> shown() {
        return readOnlyShown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** "214 sources" or "12 of 214 sources". */
    public String countText() {
        return shown.size() == all.size() ? all.size() + " sources" : shown.size() + " of " + all.size() + " sources";
    }

    private void apply() {
        var q = SearchText.fold(filter.get());
        shown.setAll(q.isEmpty() ? all : all.stream().filter(e -> matches(q, e)).toList());
    }

    private static boolean matches(String q, SourceEntry e) {
        for (var field : new String[] {e.title(), e.publisher(), e.url(), e.citation()}) {
            if (SearchText.fold(field).contains(q)) {
                return true;
            }
        }
        return false;
    }
}
