package org.allianceatlas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar's per-platform JavaFX natives: which folder a system uses, and the copy into the cache. */
class JavaFxNativesTest {

    @TempDir
    Path tmp;

    @Test
    void eachSupportedSystemHasItsOwnFolder() {
        assertEquals(Optional.of("linux-x64"), JavaFxNatives.platform("Linux", "amd64"));
        assertEquals(Optional.of("linux-aarch64"), JavaFxNatives.platform("Linux", "aarch64"));
        assertEquals(Optional.of("win-x64"), JavaFxNatives.platform("Windows 11", "amd64"));
        assertEquals(Optional.of("mac-x64"), JavaFxNatives.platform("Mac OS X", "x86_64"));
        assertEquals(Optional.of("mac-aarch64"), JavaFxNatives.platform("Mac OS X", "aarch64"));
        assertEquals(Optional.empty(), JavaFxNatives.platform("Linux", "riscv64"));
        assertEquals(Optional.empty(), JavaFxNatives.platform("SunOS", "amd64"));
    }

    @Test
    void onlyThisPlatformsLibrariesAreCopiedAndASecondStartReusesThem() throws IOException {
        var jar = jar("a.jar", Map.of("natives/mac-aarch64/libglass.dylib", "arm glass",
                "natives/mac-x64/libglass.dylib", "intel glass", "natives/mac-aarch64/libprism_sw.dylib", "arm sw",
                "org/allianceatlas/Launcher.class", "class"));
        var cache = tmp.resolve("cache");

        var dir = JavaFxNatives.extract(jar, "mac-aarch64", cache).orElseThrow();

        assertEquals("arm glass", Files.readString(dir.resolve("libglass.dylib")));
        assertEquals("arm sw", Files.readString(dir.resolve("libprism_sw.dylib")));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count());
        }
        var modified = Files.getLastModifiedTime(dir.resolve("libglass.dylib"));
        assertEquals(dir, JavaFxNatives.extract(jar, "mac-aarch64", cache).orElseThrow());
        assertEquals(modified, Files.getLastModifiedTime(dir.resolve("libglass.dylib")));
        try (var left = Files.list(cache)) {
            assertEquals(1, left.count(), "no partial copy is left behind");
        }
    }

    @Test
    void otherNativesGetAnotherFolderAndADamagedCopyIsReplaced() throws IOException {
        var cache = tmp.resolve("cache");
        var first = JavaFxNatives.extract(jar("a.jar", Map.of("natives/linux-x64/libglass.so", "21.0.10")),
                "linux-x64", cache).orElseThrow();
        var second = JavaFxNatives.extract(jar("b.jar", Map.of("natives/linux-x64/libglass.so", "21.0.11")),
                "linux-x64", cache).orElseThrow();
        assertNotEquals(first, second);

        Files.writeString(first.resolve("libglass.so"), "cut");
        JavaFxNatives.extract(tmp.resolve("a.jar"), "linux-x64", cache);
        assertArrayEquals("21.0.10".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(first.resolve("libglass.so")));
    }

    @Test
    void aJarWithoutThisPlatformsNativesSaysWhichItHas() throws IOException {
        var jar = jar("a.jar", Map.of("natives/win-x64/glass.dll", "w", "natives/mac-x64/libglass.dylib", "m"));
        var e = assertThrows(IllegalStateException.class,
                () -> JavaFxNatives.extract(jar, "linux-aarch64", tmp.resolve("cache")));
        assertTrue(e.getMessage().contains("mac-x64, win-x64"), e.getMessage());
        assertTrue(e.getMessage().contains("linux-aarch64"), e.getMessage());
    }

    @Test
    void aJarWithoutNativesIsLeftToJavaFx() throws IOException {
        var jar = jar("thin.jar", Map.of("org/allianceatlas/Launcher.class", "class", "libglass.so", "root"));
        assertEquals(Optional.empty(), JavaFxNatives.extract(jar, "linux-x64", tmp.resolve("cache")));
        assertTrue(Files.notExists(tmp.resolve("cache")));
    }

    @Test
    void theCacheFollowsEachSystemsConvention() {
        var linux = JavaFxNatives.cacheBase(Map.of("XDG_CACHE_HOME", "/var/cache/ana"));
        if (System.getProperty("os.name").startsWith("Linux")) {
            assertEquals(Path.of("/var/cache/ana/alliance-atlas"), linux);
            assertEquals(Path.of(System.getProperty("user.home"), ".cache", "alliance-atlas"),
                    JavaFxNatives.cacheBase(Map.of()));
        }
    }

    private Path jar(String name, Map<String, String> entries) throws IOException {
        var path = tmp.resolve(name);
        try (var out = new JarOutputStream(Files.newOutputStream(path))) {
            for (var e : entries.entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return path;
    }
}
