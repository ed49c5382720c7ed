package org.allianceatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SourceTest {

    private static Source cited(String title, String publisher, String citation) {
        return new Source("s", title, null, citation, publisher, null, null);
    }

    @Test
    void aCitationThatNamesTheTitleIsTheWholeReference() {
        var act = cited("Council Joint Action 2004/551/CFSP", "Council of the European Union",
                "Council Joint Action 2004/551/CFSP of 12 July 2004, Official Journal L 245, 17.7.2004, p. 17.");
        assertEquals("Council Joint Action 2004/551/CFSP of 12 July 2004, Official Journal L 245, 17.7.2004, p. 17.",
                act.reference());
    }

    @Test
    void aCitationThatDoesNotNameTheTitleFollowsTitleAndPublisher() {
        var report = cited("Rapport sur les projets de loi", "Assemblée nationale", "XIIIe législature, n° 3286");
        assertEquals("Rapport sur les projets de loi, Assemblée nationale. XIIIe législature, n° 3286",
                report.reference());
    }

    @Test
    void aWebSourceIsTitlePublisherAndUrl() {
        var page = new Source("s", "NATO member countries", "https://www.nato.int/", null, "NATO", null, null);
        assertEquals("NATO member countries, NATO <https://www.nato.int/>", page.reference());
    }
}
