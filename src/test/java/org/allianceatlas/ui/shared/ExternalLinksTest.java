package org.allianceatlas.ui.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ExternalLinksTest {

    private final List<String> opened = new ArrayList<>();
    private final ExternalLinks links = new ExternalLinks(opened::add);

    @Test
    void httpAndHttpsLinksAreOpened() {
        assertTrue(links.open("https://www.nato.int/cps/en/natohq/topics_52044.htm"));
        assertTrue(links.open(" HTTP://example.org/a b".replace(" b", "")));
        assertEquals(List.of("https://www.nato.int/cps/en/natohq/topics_52044.htm", "HTTP://example.org/a"), opened);
    }

    @Test
    void otherSchemesAndNonUrlsAreNeverOpened() {
        for (var url : List.of("file:///etc/passwd", "javascript:alert(1)", "ms-settings:display", "ftp://x.org/",
                "https:///no-host", "not a url", "", "   ")) {
            assertFalse(links.open(url), url);
        }
        assertFalse(links.open(null));
        assertTrue(opened.isEmpty());
    }
}
