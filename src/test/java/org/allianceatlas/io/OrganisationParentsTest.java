package org.allianceatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrganisationParentsTest {

    @TempDir
    Path dir;

    private static String org(String id, String parent) {
        return "{\"id\": \"" + id + "\", \"name\": \"" + id + "\", \"kind\": \"alliance\", \"founded\": \"2000\", "
                + "\"tieTypes\": [\"consultation\"], \"sources\": [{\"title\": \"t\", \"url\": \"https://e.org/\"}]"
                + (parent == null ? "" : ", \"parent\": \"" + parent + "\"") + "}";
    }

    @Test
    void aCycleOfParentsIsReportedOnceNamingEveryOrganisationInIt() throws IOException {
        var file = Files.writeString(dir.resolve("orgs.json"), "{\"organisations\": [\n" + String.join(",\n",
                org("root", null), org("a", "b"), org("b", "c"), org("c", "a"), org("d", "a")) + "]}\n");
        var errors = Fixtures.load(file).report().errors();
        assertEquals(1, errors.size(), errors::toString);
        var p = errors.get(0);
        assertEquals("3:159 $.organisations[1].parent", p.line() + ":" + p.column() + " " + p.jsonPath(), p::format);
        assertTrue(p.message().contains("'a' → 'b' → 'c' → 'a'"), p::format);
    }

    @Test
    void aChainWithoutACycleIsFine() throws IOException {
        var file = Files.writeString(dir.resolve("orgs.json"), "{\"organisations\": [\n" + String.join(",\n",
                org("a", "b"), org("b", "c"), org("c", null)) + "]}\n");
        assertTrue(Fixtures.load(file).report().isEmpty());
    }
}
