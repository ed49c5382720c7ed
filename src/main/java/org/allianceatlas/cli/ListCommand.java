package org.allianceatlas.cli;

import java.io.PrintWriter;
import java.util.OptionalInt;

import org.allianceatlas.model.Actor;
import org.allianceatlas.model.Keyed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code list organisations|states [--year Y]}: the ids the other commands take, with names, sorted by id, one a
 * line ({@code nato<TAB>North Atlantic Treaty Organization}); with {@code --year}, only those that exist on 31 December
 * of it, named as they were then (West Germany, the European Economic Community).
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List organisations or states with their ids (id, a tab, the name; sorted by id), all of them "
                + "or those that exist on 31 December of the year given.")
final class ListCommand extends DataCommand {

    /** What can be listed. */
    enum Kind implements Keyed { ORGANISATIONS, STATES }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "organisations|states", converter = KindConverter.class,
            description = "What to list: organisations or states.")
    private Kind kind;

    private Integer year;

    @Option(names = "--year", paramLabel = "Y", description = "Only those that exist on 31 December of Y.")
    void setYear(int value) {
        year = YearOption.check(spec, value);
    }

    @Override
    void answer(AtlasCli.Loaded loaded, PrintWriter out) {
        var service = loaded.service();
        var when = year == null ? OptionalInt.empty() : OptionalInt.of(year);
        if (kind == Kind.ORGANISATIONS) {
            service.organisations(when).forEach(o -> out.println(o.id() + "\t" + name(o)));
        } else {
            service.states(when).forEach(s -> out.println(s.id() + "\t" + name(s)));
        }
    }

    static final class KindConverter extends KeyedConverter<Kind> {
        KindConverter() {
            super(Kind.class, "something to list");
        }
    }

    /** The name as of {@code --year} (West Germany, the EEC), or the current name without it. */
    private String name(Actor a) {
        return year == null ? a.name() : a.nameIn(year);
    }
}
