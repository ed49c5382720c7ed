package org.allianceatlas.export;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Keeps text that XML 1.0 cannot carry out of the XML exports (SVG, GEXF, GraphML): C0 control characters other
 * than tab, line feed and carriage return, U+FFFE, U+FFFF and unpaired surrogates. No escape helps — {@code &#1;} is
 * as illegal as the character itself — so each becomes U+FFFD (the replacement character) and the rest of the text
 * stays as it was. The loader refuses such characters in data files; this guards datasets built any other way.
 */
final class XmlChars {

    static final char REPLACEMENT = '\uFFFD';

    private XmlChars() {
    }

    /** True for a character XML 1.0 allows, judged alone (a surrogate is judged with its neighbours elsewhere). */
    private static boolean allowedAlone(char c) {
        return c >= 0x20 && c < 0xD800 || c == '\t' || c == '\n' || c == '\r' || c > 0xDFFF && c < 0xFFFE;
    }

    /** {@code text} with every character XML 1.0 cannot carry replaced by U+FFFD; null stays null. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        int i = 0;
        while (i < n && allowedAlone(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        var sb = new StringBuilder(n).append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (allowedAlone(c)) {
                sb.append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c).append(text.charAt(++i));
            } else {
                sb.append(REPLACEMENT);
            }
        }
        return sb.toString();
    }

    /**
     * A writer that passes on only what XML 1.0 can carry, replacing the rest with U+FFFD; a surrogate pair split
     * between two writes is kept whole. Put it between an XML writer and its output, so that no text escapes it.
     */
    static Writer cleaning(Writer out) {
        return new FilterWriter(out) {
            /** A high surrogate whose partner has not been written yet, or 0. */
            private char pendingHigh;

            @Override
            public void write(int c) throws IOException {
                put((char) c);
            }

            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                write(new String(cbuf, off, len), 0, len);
            }

            @Override
            public void write(String str, int off, int len) throws IOException {
                // Runs of plain characters go out in one call; only the rare others one by one.
                int run = off;
                for (int i = off; i < off + len; i++) {
                    char c = str.charAt(i);
                    if (pendingHigh == 0 && allowedAlone(c)) {
                        continue;
                    }
                    out.write(str, run, i - run);
                    put(c);
                    run = i + 1;
                }
                out.write(str, run, off + len - run);
            }

            private void put(char c) throws IOException {
                if (pendingHigh != 0) {
                    char high = pendingHigh;
                    pendingHigh = 0;
                    if (Character.isLowSurrogate(c)) {
                        out.write(high);
                        out.write(c);
                        return;
                    }
                    out.write(REPLACEMENT);
                }
                if (Character.isHighSurrogate(c)) {
                    pendingHigh = c;
                } else {
                    out.write(allowedAlone(c) ? c : REPLACEMENT);
                }
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }

            @Override
            public void close() throws IOException {
                if (pendingHigh != 0) {
                    pendingHigh = 0;
                    out.write(REPLACEMENT);
                }
                out.close();
            }
        };
    }
}
