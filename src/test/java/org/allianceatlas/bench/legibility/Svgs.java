package org.allianceatlas.bench.legibility;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Hand-made SVGs for the tests: a slide-sized page around the given body. */
final class Svgs {

    private Svgs() {
    }

    static String page(String viewBox, String body) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"" + viewBox + "\" font-family=\"DejaVu Sans\">"
                + body + "</svg>";
    }

    static String slide(String body) {
        return page("0 0 1920 1080", body);
    }

    static SvgPicture read(String svg) {
        try {
            return new SvgPictureReader().read("test.svg",
                    new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
