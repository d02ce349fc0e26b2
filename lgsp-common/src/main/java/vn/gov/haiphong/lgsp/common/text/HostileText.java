package vn.gov.haiphong.lgsp.common.text;

import java.util.List;
import vn.gov.haiphong.lgsp.common.error.FieldViolation;

/**
 * Characters that make a text show something other than what it holds, or that PostgreSQL refuses:
 * the one rule the platform applies to names, codes and free text before storing them.
 *
 * <ul>
 * <li>Control characters (C0, DEL, C1) except tab, line feed and carriage return. NUL (U+0000) in
 * particular: PostgreSQL cannot store it in {@code text}, so it must be refused before any SQL.</li>
 * <li>Bidirectional controls: U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069. They reorder what a
 * reader sees ("Trojan Source"): an agency name could display as another agency's.</li>
 * <li>Zero-width and invisible characters: U+200B–U+200D, U+2060–U+2064, U+FEFF. Two names or codes that
 * look identical would be different records. ZWNJ/ZWJ (U+200C/U+200D) shape Indic and Arabic scripts and
 * emoji, none of which Vietnamese official names use.</li>
 * </ul>
 *
 * Such text is refused, not cleaned: the caller learns that its source carries hidden characters, and
 * what is stored is exactly what was sent.
 */
public final class HostileText {

    /** No hostile character. */
    public static final int NONE = -1;

    private HostileText() {
    }

    /** The first hostile code point of {@code text}, or {@link #NONE} (also for {@code null}). */
    public static int firstHostile(CharSequence text) {
        if (text == null) {
            return NONE;
        }
        return text.codePoints().filter(HostileText::isHostile).findFirst().orElse(NONE);
    }

    public static boolean isHostile(int codePoint) {
        return isControl(codePoint) || isBidiControl(codePoint) || isInvisible(codePoint);
    }

    /** Adds a violation of {@code field} naming its first hostile character, if it has one. */
    public static void check(String field, CharSequence text, List<FieldViolation> violations) {
        int hostile = firstHostile(text);
        if (hostile != NONE) {
            violations.add(FieldViolation.of(field, "text.hostile", describe(hostile)));
        }
    }

    /** Whether {@code text} holds NUL, which PostgreSQL cannot store in any text column. */
    public static boolean containsNul(CharSequence text) {
        return text != null && text.chars().anyMatch(c -> c == 0);
    }

    /** How a message names the character: {@code U+202E}. */
    public static String describe(int codePoint) {
        return String.format("U+%04X", codePoint);
    }

    private static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
    }

    private static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static boolean isInvisible(int c) {
        return (c >= 0x200B && c <= 0x200D) || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF;
    }
}
