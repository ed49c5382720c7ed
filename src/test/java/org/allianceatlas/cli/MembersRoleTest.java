package org.allianceatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code members} lists full members by default and other roles when {@code --role} asks, on the shipped data. */
class MembersRoleTest {

    private record Run(int exitCode, List<String> lines, String err) {
    }

    private static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = AtlasCli.execute(new PrintWriter(out), new PrintWriter(err), args);
        var text = out.toString();
        return new Run(code, text.isEmpty() ? List.of() : List.of(text.split("\n")), err.toString());
    }

    @Test
    void observersAreNotListedByDefault() {
        var run = run("members", "sco", "--year", "2010");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.lines().contains("CHN"), run.lines().toString());
        assertFalse(run.lines().contains("MNG"), "Mongolia is an observer in the SCO");
    }

    @Test
    void roleChoosesTheRolesListed() {
        assertEquals(List.of("MNG"), run("members", "sco", "--year", "2010", "--role", "observer").lines());
        var all = run("members", "sco", "--year", "2010", "--role", "all").lines();
        assertTrue(all.contains("MNG") && all.contains("CHN"), all.toString());
        var foundersAndObservers = run("members", "sco", "--year", "2010", "--role", "founder", "--role",
                "observer").lines();
        assertTrue(foundersAndObservers.contains("MNG") && foundersAndObservers.contains("RUS"));
        assertEquals(all.size() - run("members", "sco", "--year", "2010", "--role", "member").lines().size(),
                foundersAndObservers.size(), "SCO's 2010 states are founders, members and one observer");
    }

    @Test
    void theBeneficiaryOfNsatuIsNotItsMember() {
        var members = run("members", "nsatu", "--year", "2025").lines();
        assertTrue(members.contains("DEU"), members.toString());
        assertFalse(members.contains("UKR"));
        assertEquals(List.of("UKR"), run("members", "nsatu", "--year", "2025", "--role", "beneficiary").lines());
    }

    @Test
    void anUnknownRoleIsBadUsageThatListsTheRoles() {
        var run = run("members", "sco", "--year", "2010", "--role", "observr");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'observr' is not a role; use one of member, founder"), run.err());
        assertTrue(run.err().contains("observer") && run.err().contains(", or all"), run.err());
    }
}
