package org.allianceatlas.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The font the Java2D renderer draws with (PNG and PDF): the first of the style's families that is installed. When
 * the family's TrueType files can be found, the font is loaded from them, so that the PDF can embed exactly the
 * glyphs that were measured, as real, searchable text; otherwise the JVM's font of that name (or its logical
 * {@code SansSerif}) is used and the PDF falls back to its standard Helvetica.
 *
 * @param family      the family found, e.g. {@code DejaVu Sans}
 * @param regularFile the regular face's file, or null when none was found
 * @param boldFile    the bold face's file, or null
 */
public record FontFace(String family, Font regular, Font bold, Path regularFile, Path boldFile) {

    private static final List<String> USER_DIRS = List.of(".fonts", ".local/share/fonts", "Library/Fonts");
    private static final List<String> SYSTEM_DIRS = List.of("/usr/share/fonts", "/usr/local/share/fonts",
            "/Library/Fonts", "/System/Library/Fonts");

    private static volatile Map<String, FontFace> cache = new HashMap<>();

    /** The face for the first available of {@code families} (last resort: the JVM's {@code SansSerif}). */
    public static FontFace resolve(List<String> families) {
        var key = String.join("|", families);
        var cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        var face = find(families);
        var copy = new HashMap<>(cache);
        copy.put(key, face);
        cache = copy;
        return face;
    }

    /** The regular or bold font at {@code size} (page units, i.e. pixels at scale 1). */
    public Font at(double size, boolean isBold) {
        return (isBold ? bold : regular).deriveFont((float) size);
    }

    private static FontFace find(List<String> families) {
        var files = fontFiles();
        for (var family : families) {
            var face = fromFiles(family, files);
            if (face.isPresent()) {
                return face.get();
            }
        }
        var installed = new HashSet<>(Arrays.asList(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT)));
        for (var family : families) {
            if (installed.contains(family)) {
                return new FontFace(family, new Font(family, Font.PLAIN, 1), new Font(family, Font.BOLD, 1), null,
                        null);
            }
        }
        return new FontFace(Font.SANS_SERIF, new Font(Font.SANS_SERIF, Font.PLAIN, 1),
                new Font(Font.SANS_SERIF, Font.BOLD, 1), null, null);
    }

    /**
     * Looks for the usual file names of a family ({@code DejaVuSans.ttf}, {@code NotoSans-Regular.ttf},
     * {@code arial.ttf}…) and checks that the file really is that family.
     */
    private static Optional<FontFace> fromFiles(String family, Map<String, Path> files) {
        var stem = family.replace(" ", "").toLowerCase(Locale.ROOT);
        var regular = first(files, family, stem + ".ttf", stem + "-regular.ttf", stem + "-regular.otf");
        if (regular.isEmpty()) {
            return Optional.empty();
        }
        var bold = first(files, family, stem + "-bold.ttf", stem + "bd.ttf", stem + "-bold.otf");
        var r = regular.get();
        return Optional.of(new FontFace(family, r.font, bold.map(b -> b.font).orElse(r.font.deriveFont(Font.BOLD)),
                r.path, bold.map(b -> b.path).orElse(null)));
    }

    private record Loaded(Font font, Path path) {
    }

    private static Optional<Loaded> first(Map<String, Path> files, String family, String... names) {
        for (var name : names) {
            var path = files.get(name);
            if (path == null) {
                continue;
            }
            try {
                var font = Font.createFont(Font.TRUETYPE_FONT, path.toFile());
                if (font.getFamily(Locale.ROOT).equalsIgnoreCase(family)) {
                    return Optional.of(new Loaded(font, path));
                }
            } catch (FontFormatException | IOException e) {
                // Not a usable font file despite its name: keep looking.
            }
        }
        return Optional.empty();
    }

    /** Font files in the usual system and user folders, by lower-case file name (first found wins). */
    private static Map<String, Path> fontFiles() {
        var dirs = new ArrayList<Path>();
        var home = System.getProperty("user.home");
        if (home != null) {
            USER_DIRS.forEach(d -> dirs.add(Path.of(home, d)));
        }
        SYSTEM_DIRS.forEach(d -> dirs.add(Path.of(d)));
        var windir = System.getenv("WINDIR");
        if (windir != null) {
            dirs.add(Path.of(windir, "Fonts"));
        }
        var files = new HashMap<String, Path>();
        for (var dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir, 4)) {
                walk.filter(Files::isRegularFile).forEach(p -> {
                    var name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (name.endsWith(".ttf") || name.endsWith(".otf")) {
                        files.putIfAbsent(name, p);
                    }
                });
            } catch (IOException | RuntimeException e) {
                // An unreadable font folder only means fewer candidates.
            }
        }
        return files;
    }
}
