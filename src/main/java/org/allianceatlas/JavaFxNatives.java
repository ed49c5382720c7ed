package org.allianceatlas;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.CRC32;

/**
 * Makes the runnable jar's JavaFX native libraries loadable on the machine it runs on.
 *
 * <p>The jar carries the JavaFX natives of several platforms, one folder each: {@code natives/linux-x64/},
 * {@code natives/win-x64/}, {@code natives/mac-x64/}, {@code natives/mac-aarch64/} (docs/decisions/0011). JavaFX's own
 * loader only looks for them at the root of the jar ({@code /libglass.dylib}), where the two macOS builds would have
 * the same names, so none are there: before the toolkit starts, the folder of this platform is copied once into a
 * per-user cache, in a sub-folder named after a checksum of its entries (a new build with other natives gets a new
 * folder; a half-written copy is never used, since it is moved into place whole), and that folder is put first on
 * {@code java.library.path}, which JavaFX searches after its own places.
 *
 * <p>Does nothing when the app does not run from such a jar (the installed app, {@code mvn javafx:run}, tests):
 * there the natives come beside or inside the platform's JavaFX jars, as JavaFX expects.
 */
final class JavaFxNatives {

    static final String FOLDER = "natives/";

    private JavaFxNatives() {
    }

    /**
     * The natives folder name for a platform, from the {@code os.name} and {@code os.arch} system properties:
     * {@code linux-x64}, {@code linux-aarch64}, {@code win-x64}, {@code mac-x64}, {@code mac-aarch64}; empty for
     * anything else.
     */
    static Optional<String> platform(String osName, String osArch) {
        var os = osName.toLowerCase(Locale.ROOT);
        var arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64", "x64" -> "x64";
            case "aarch64", "arm64" -> "aarch64";
            default -> null;
        };
        if (arch == null) {
            return Optional.empty();
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return Optional.of("mac-" + arch);
        }
        if (os.startsWith("windows")) {
            return Optional.of("win-" + arch);
        }
        if (os.startsWith("linux")) {
            return Optional.of("linux-" + arch);
        }
        return Optional.empty();
    }

    /**
     * When this code runs from a jar with a {@value #FOLDER} folder, copies this platform's natives to the cache (if
     * not there yet) and puts them first on {@code java.library.path}. Call before the JavaFX toolkit starts.
     *
     * @throws IllegalStateException the jar carries natives, but not for this platform, or they cannot be copied
     */
    static void prepare() {
        if (JavaFxNatives.class.getResource("/" + FOLDER) == null) {
            return; // no natives folder (its directory entry): not the runnable jar, nothing to read
        }
        var jar = runningJar();
        if (jar.isEmpty()) {
            return;
        }
        var platform = platform(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
        try {
            var dir = extract(jar.get(), platform.orElse("unknown"), cacheBase(System.getenv()));
            if (dir.isPresent()) {
                var path = System.getProperty("java.library.path", "");
                System.setProperty("java.library.path", dir.get() + (path.isEmpty() ? "" : File.pathSeparator + path));
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not copy the JavaFX native libraries to " + e.getMessage(), e);
        }
    }

    /**
     * Copies {@code natives/PLATFORM/} of {@code jar} into a folder under {@code cache} unless an earlier run did, and
     * returns that folder; empty when the jar has no {@value #FOLDER} folder at all.
     *
     * @throws IllegalStateException the jar has natives, but none for {@code platform}
     */
    static Optional<Path> extract(Path jar, String platform, Path cache) throws IOException {
        try (var file = new JarFile(jar.toFile(), false)) {
            var prefix = FOLDER + platform + "/";
            var entries = new ArrayList<JarEntry>();
            var platforms = new ArrayList<String>();
            for (var e = file.entries(); e.hasMoreElements(); ) {
                var entry = e.nextElement();
                var name = entry.getName();
                if (!name.startsWith(FOLDER) || entry.isDirectory()) {
                    continue;
                }
                if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0) {
                    entries.add(entry);
                }
                var rest = name.substring(FOLDER.length());
                int slash = rest.indexOf('/');
                if (slash > 0 && !platforms.contains(rest.substring(0, slash))) {
                    platforms.add(rest.substring(0, slash));
                }
            }
            if (platforms.isEmpty()) {
                return Optional.empty();
            }
            if (entries.isEmpty()) {
                platforms.sort(null);
                throw new IllegalStateException("this jar has the JavaFX native libraries of " + String.join(", ",
                        platforms) + ", not of this system (" + platform + "); build the jar on this system "
                        + "(mvn -B verify) or install the app");
            }
            var dir = cache.resolve("javafx-" + platform + "-" + checksum(entries));
            if (!isComplete(dir, entries)) {
                copy(file, entries, dir);
            }
            return Optional.of(dir);
        }
    }

    /** The per-user cache folder: %LOCALAPPDATA% on Windows, ~/Library/Caches on macOS, XDG_CACHE_HOME or ~/.cache. */
    static Path cacheBase(Map<String, String> env) {
        var home = Path.of(System.getProperty("user.home", "."));
        var os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path base;
        if (os.startsWith("windows") && env.get("LOCALAPPDATA") != null) {
            base = Path.of(env.get("LOCALAPPDATA"), "AllianceAtlas", "cache");
        } else if (os.startsWith("mac")) {
            base = home.resolve("Library/Caches/AllianceAtlas");
        } else {
            var xdg = env.get("XDG_CACHE_HOME");
            base = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache")).resolve("alliance-atlas");
        }
        return base;
    }

    private static Optional<Path> runningJar() {
        try {
            var source = JavaFxNatives.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            var path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** CRC-32 over the names and CRCs of the entries, in hex: equal for equal natives, read from the jar's index. */
    private static String checksum(List<JarEntry> entries) {
        var crc = new CRC32();
        entries.stream().sorted(Comparator.comparing(JarEntry::getName)).forEach(e -> {
            crc.update(e.getName().getBytes(StandardCharsets.UTF_8));
            crc.update(Long.toHexString(e.getCrc()).getBytes(StandardCharsets.UTF_8));
        });
        return Long.toHexString(crc.getValue());
    }

    private static boolean isComplete(Path dir, List<JarEntry> entries) {
        for (var e : entries) {
            var f = dir.resolve(fileName(e));
            try {
                if (!Files.isRegularFile(f) || Files.size(f) != e.getSize()) {
                    return false;
                }
            } catch (IOException ex) {
                return false;
            }
        }
        return true;
    }

    /** Writes into a fresh sibling folder and moves it into place, so that no run ever sees half of it. */
    private static void copy(JarFile jar, List<JarEntry> entries, Path dir) throws IOException {
        var parent = dir.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new IOException(parent + " (" + e.getMessage() + ")", e);
        }
        var tmp = Files.createTempDirectory(parent, ".partial-");
        try {
            for (var e : entries) {
                try (var in = jar.getInputStream(e)) {
                    Files.copy(in, tmp.resolve(fileName(e)));
                }
            }
            deleteTree(dir); // an incomplete copy left by hand or by a full disk
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                if (!isComplete(dir, entries)) {
                    throw raced;
                }
                // another start of the app moved its copy into place first: use that one
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IOException(dir + " (" + e.getMessage() + ")", e);
        } finally {
            deleteTree(tmp);
        }
    }

    private static String fileName(JarEntry e) {
        return e.getName().substring(e.getName().lastIndexOf('/') + 1);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (var p : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
