package org.allianceatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** What the app takes from its command line: a lone project file, as a desktop passes a double-clicked one. */
class AtlasAppArgumentsTest {

    @Test
    void aLoneProjectFileIsOpened() {
        assertEquals(Optional.of(Path.of("talk.atlas")), AtlasApp.projectArgument(List.of("talk.atlas")));
        assertEquals(Optional.of(Path.of("/home/me/Talks/NATO talk.ATLAS")),
                AtlasApp.projectArgument(List.of("file:///home/me/Talks/NATO%20talk.ATLAS")),
                "a file: URI, as some desktops pass it");
    }

    @Test
    void anythingElseIsNoProject() {
        assertTrue(AtlasApp.projectArgument(List.of()).isEmpty());
        assertTrue(AtlasApp.projectArgument(List.of("data.json")).isEmpty());
        assertTrue(AtlasApp.projectArgument(List.of("a.atlas", "b.atlas")).isEmpty());
        assertTrue(AtlasApp.projectArgument(List.of("file://host:bad:uri/x.atlas")).isEmpty());
    }
}
