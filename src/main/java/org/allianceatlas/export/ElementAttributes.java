package org.allianceatlas.export;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.allianceatlas.graph.ClauseTie;
import org.allianceatlas.graph.MembershipTie;
import org.allianceatlas.graph.Tie;
import org.allianceatlas.model.Actor;
import org.allianceatlas.model.DateBasis;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.State;
import org.allianceatlas.model.TieType;

/**
 * The attributes every graph data format writes for vertices and ties (GEXF, GraphML, CSV), defined once so that the
 * formats agree on names, types and values. A value of null means "not applicable" and is left out (GEXF, GraphML)
 * or left empty (CSV).
 */
final class ElementAttributes {

    /** Value types, mapped by each format to its own. */
    enum Type { STRING, DOUBLE, INTEGER, BOOLEAN }

    /** One attribute: a key (snake case, also the column name), its type and how to read it. */
    record Attribute<T>(String key, Type type, Function<T, Object> value) {
        String valueOf(T element) {
            var v = value.apply(element);
            return v == null ? null : v.toString();
        }
    }

    static final List<Attribute<Actor>> VERTEX = List.of(
            new Attribute<>("kind", Type.STRING, a -> a instanceof State ? "state" : "organisation"),
            new Attribute<>("name", Type.STRING, Actor::name),
            new Attribute<>("short_label", Type.STRING, Actor::shortLabel),
            new Attribute<>("region", Type.STRING, a -> a instanceof State s ? s.region().label() : null),
            new Attribute<>("subregion", Type.STRING, a -> a instanceof State s ? s.subregion().label() : null),
            new Attribute<>("iso", Type.STRING, a -> a instanceof State s ? s.id() : null),
            new Attribute<>("capital", Type.STRING, a -> a instanceof State s ? s.capital() : null),
            new Attribute<>("lat", Type.DOUBLE, a -> a instanceof State s ? s.lat() : null),
            new Attribute<>("lon", Type.DOUBLE, a -> a instanceof State s ? s.lon() : null),
            new Attribute<>("cow", Type.INTEGER, a -> a instanceof State s ? s.cowCode() : null),
            new Attribute<>("organisation_kind", Type.STRING,
                    a -> a instanceof Organisation o && o.kind() != null ? o.kind().key() : null),
            new Attribute<>("founded", Type.STRING, a -> a instanceof Organisation o ? o.lifetime().start() : null),
            new Attribute<>("dissolved", Type.STRING, a -> a instanceof Organisation o ? o.lifetime().end() : null),
            new Attribute<>("informal", Type.BOOLEAN, a -> a instanceof Organisation o ? o.informal() : null),
            new Attribute<>("org_tie_types", Type.STRING,
                    a -> a instanceof Organisation o ? keys(o.tieTypes()) : null));

    /** Tie attributes; dates of clauses follow {@code basis} for start, and are also given separately. */
    static List<Attribute<Tie>> tie(DateBasis basis) {
        return List.of(
                new Attribute<>("tie_kind", Type.STRING, t -> t instanceof MembershipTie ? "membership" : "clause"),
                new Attribute<>("tie_types", Type.STRING, t -> keys(t.types())),
                new Attribute<>("organisation", Type.STRING,
                        t -> t instanceof MembershipTie m ? m.organisation().id() : null),
                new Attribute<>("clause", Type.STRING, t -> t instanceof ClauseTie c ? c.clause().id() : null),
                new Attribute<>("clause_name", Type.STRING, t -> t instanceof ClauseTie c ? c.clause().name() : null),
                new Attribute<>("role", Type.STRING,
                        t -> t instanceof MembershipTie m ? m.membership().role().key() : null),
                new Attribute<>("binding", Type.BOOLEAN, t -> t instanceof ClauseTie c ? c.clause().binding() : null),
                new Attribute<>("directed", Type.BOOLEAN, t -> t instanceof ClauseTie c && c.isDirected()),
                new Attribute<>("start", Type.STRING, t -> start(t, basis)),
                new Attribute<>("end", Type.STRING, t -> t instanceof MembershipTie m ? m.membership().span().end()
                        : ((ClauseTie) t).clause().end()),
                new Attribute<>("signed", Type.STRING, t -> t instanceof ClauseTie c ? c.clause().signed() : null),
                new Attribute<>("in_force", Type.STRING, t -> t instanceof ClauseTie c ? c.clause().inForce() : null),
                new Attribute<>("article", Type.STRING, t -> t instanceof ClauseTie c ? c.clause().article() : null),
                new Attribute<>("disputed", Type.BOOLEAN, t -> t instanceof MembershipTie m ? m.membership().disputed()
                        : ((ClauseTie) t).clause().disputed()));
    }

    /** A short human label for a tie: the organisation's acronym or the clause's name. */
    static String label(Tie t) {
        if (t instanceof MembershipTie m) {
            return m.organisation().shortLabel();
        }
        var c = ((ClauseTie) t).clause();
        return c.name() != null ? c.name() : c.id();
    }

    private static Object start(Tie t, DateBasis basis) {
        if (t instanceof MembershipTie m) {
            return m.membership().span().start();
        }
        return ((ClauseTie) t).clause().span(basis).map(s -> (Object) s.start()).orElse(null);
    }

    /** Tie type keys in declaration order, comma-separated: {@code mutual_defence,defence_cooperation}. */
    static String keys(Set<TieType> types) {
        return types.stream().sorted(Comparator.comparing(TieType::ordinal)).map(TieType::key)
                .collect(Collectors.joining(","));
    }

    private ElementAttributes() {
    }
}
