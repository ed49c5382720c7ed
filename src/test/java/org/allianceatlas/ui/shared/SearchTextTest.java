package org.allianceatlas.ui.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void foldsCaseAccentsAndPunctuation() {
        assertEquals("cote d ivoire", SearchText.fold("Côte d’Ivoire"));
        assertEquals("turkiye", SearchText.fold("Türkiye"));
        assertEquals("coalition of the willing", SearchText.fold("coalition-of-the-willing"));
        assertEquals("", SearchText.fold(null));
    }
}
