package org.allianceatlas.ui.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as search compares it: lower case, accents removed, runs of spaces and punctuation folded to one space, so
 * that "cote d'ivoire" finds "Côte d'Ivoire" and "turkiye" finds "Türkiye".
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Punct}–—’]+");

    private SearchText() {
    }

    /** The folded form; empty for null or blank text. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        var decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        var plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(plain).replaceAll(" ").strip();
    }
}
