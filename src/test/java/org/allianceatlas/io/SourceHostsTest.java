package org.allianceatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class SourceHostsTest {

    @Test
    void listedHostsAndTheirSubdomainsAreUnacceptable() {
        assertTrue(SourceHosts.unacceptable("https://wikimili.com/en/Treaty").isPresent());
        assertTrue(SourceHosts.unacceptable("https://www.wikimili.com/en/Treaty").isPresent());
        assertTrue(SourceHosts.unacceptable("https://someone.blogspot.com/2020/01/post.html").isPresent());
        assertTrue(SourceHosts.unacceptable("https://defence.pk./threads/1").isPresent(), "trailing dot");
        assertTrue(SourceHosts.unacceptable("HTTPS://WikiMili.COM/x").isPresent(), "case");
    }

    @Test
    void otherHostsAreAccepted() {
        assertEquals(Optional.empty(), SourceHosts.unacceptable("https://en.wikipedia.org/wiki/NATO"));
        assertEquals(Optional.empty(), SourceHosts.unacceptable("https://www.nato.int/cps/en/natohq/topics_52044.htm"));
        // Only whole labels match: a host that merely ends in the same letters is not listed.
        assertEquals(Optional.empty(), SourceHosts.unacceptable("https://notwikimili.com/x"));
        assertEquals(Optional.empty(), SourceHosts.unacceptable("not a url"));
    }

    @Test
    void sourcesOnUnacceptableHostsAreLocatedWarnings() {
        var result = Fixtures.loadWithValid("unacceptable-source-host.json");
        var problems = result.report().problems();
        assertEquals(2, problems.size(), problems::toString);
        var named = problems.get(0);
        assertEquals(Severity.WARNING, named.severity());
        assertEquals("$.sources.mirror.url", named.jsonPath());
        assertEquals("3:55", named.line() + ":" + named.column(), named::format);
        assertTrue(named.message().contains("unofficial copy of Wikipedia"), named::format);
        var inline = problems.get(1);
        assertEquals(Severity.WARNING, inline.severity());
        assertEquals("$.clauses[0].sources[1].url", inline.jsonPath());
        assertTrue(inline.message().contains("forum"), inline::format);
        assertTrue(result.usable(), "warnings do not stop a load");
    }
}
