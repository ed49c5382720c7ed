package org.allianceatlas.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.allianceatlas.model.Keyed;
import org.allianceatlas.model.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code members ORG_ID --year Y [--role R]...}: the ISO codes of an organisation's members in a year, one a line,
 * sorted. By default the full members ({@link Role#isFull()}); {@code --role} chooses the roles instead (repeatable,
 * or {@code all}).
 */
@Command(name = "members", mixinStandardHelpOptions = true,
        description = {"List the members of an organisation on 31 December of a year: ISO 3166 alpha-3 codes, one a "
                + "line, sorted.",
                "By default the full members (roles member, founder, lead, co_lead, participant); observers, partners, "
                        + "associates and beneficiaries only when --role asks for them."})
final class MembersCommand extends DataCommand {

    /** The {@code --role} value that stands for every role. */
    static final String ALL = "all";

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ORG_ID", description = "The organisation's id, e.g. nato.")
    private String organisation;

    @Mixin
    private YearOption year;

    private final List<String> roleKeys = new ArrayList<>();

    @Option(names = "--role", paramLabel = "R",
            description = "List the states in role R instead of the full members; repeatable. One of: ${COMPLETION-"
                    + "CANDIDATES}.", completionCandidates = RoleCandidates.class)
    void setRoles(List<String> values) {
        for (var value : values) {
            if (!value.equals(ALL) && Keyed.fromKey(Role.class, value).isEmpty()) {
                throw new ParameterException(spec.commandLine(), "'" + value + "' is not a role; use one of "
                        + Keyed.allowedKeys(Role.class) + ", or " + ALL);
            }
        }
        roleKeys.clear();
        roleKeys.addAll(values);
    }

    /** The roles asked for: the full-member roles when none were named, every role for {@code all}. */
    Set<Role> roles() {
        if (roleKeys.isEmpty()) {
            return Role.full();
        }
        if (roleKeys.contains(ALL)) {
            return EnumSet.allOf(Role.class);
        }
        var roles = EnumSet.noneOf(Role.class);
        roleKeys.forEach(k -> roles.add(Keyed.fromKey(Role.class, k).orElseThrow()));
        return roles;
    }

    @Override
    void answer(AtlasCli.Loaded loaded, PrintWriter out) {
        loaded.service().members(organisation, year.year(), roles()).stateIds().forEach(out::println);
    }

    /** The values {@code --role} accepts, for help and shell completion. */
    static final class RoleCandidates extends ArrayList<String> {
        RoleCandidates() {
            EnumSet.allOf(Role.class).forEach(r -> add(r.key()));
            add(ALL);
        }
    }
}
