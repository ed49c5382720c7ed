package org.allianceatlas;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which arguments start the desktop app and which the command line (the installed command is the same for both). */
class LauncherTest {

    @Test
    void noArgumentsStartTheDesktopApp() {
        assertTrue(Launcher.wantsDesktop(new String[0]));
    }

    @Test
    void aProjectFileOpenedFromTheDesktopStartsTheDesktopApp() {
        assertTrue(Launcher.wantsDesktop(new String[] {"/home/ana/Europe 2024.atlas"}));
        assertTrue(Launcher.wantsDesktop(new String[] {"file:///home/ana/Europe%202024.ATLAS"}));
        assertTrue(Launcher.wantsDesktop(new String[] {"C:\\Users\\ana\\talk.atlas"}));
    }

    @Test
    void commandsAndOptionsRunTheCommandLine() {
        assertFalse(Launcher.wantsDesktop(new String[] {"--version"}));
        assertFalse(Launcher.wantsDesktop(new String[] {"validate"}));
        assertFalse(Launcher.wantsDesktop(new String[] {"--only", "x.atlas"}));
        assertFalse(Launcher.wantsDesktop(new String[] {"export", "--out", "x.atlas"}));
        assertFalse(Launcher.wantsDesktop(new String[] {"atlas.json"}));
    }
}
