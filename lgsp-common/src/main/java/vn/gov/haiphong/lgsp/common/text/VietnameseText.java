package vn.gov.haiphong.lgsp.common.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text rules: storage is NFC (DESIGN §6), search folds tones and marks away.
 * {@link #fold} is the Java twin of the database function {@code lgsp_fold} (sql/V1); a test
 * checks both agree on every administrative-unit name and on the whole Vietnamese alphabet.
 */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    /** NFC-normalises, trims and collapses inner whitespace; {@code null} and blank give {@code null}. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        return nfc.isEmpty() ? null : WHITESPACE.matcher(nfc).replaceAll(" ");
    }

    /** Lower case without tones or marks: "Sở Khoa học" → "so khoa hoc", "Đặc khu" → "dac khu". */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D')
                // typographic quotes and dashes, as unaccent's rules fold them ("Ea H’Leo")
                .replaceAll("[\u2018\u2019\u201A\u201B\u2032]", "'")
                .replaceAll("[\u201C\u201D\u201E\u201F\u2033]", "\"")
                .replaceAll("[\u2010-\u2015]", "-");
        return stripped.toLowerCase(Locale.ROOT);
    }

    /**
     * A LIKE pattern matching texts that contain the query's words in order, with or without
     * diacritics; {@code %}, {@code _} and the escape character {@code !} in the query are literal.
     */
    public static String containsWordsPattern(String query) {
        String folded = fold(clean(query))
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + WHITESPACE.matcher(folded).replaceAll("%") + "%";
    }
}
