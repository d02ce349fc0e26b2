package vn.gov.haiphong.lgsp.common.error;

import java.util.List;
import java.util.Locale;

/** The languages texts for people are written in (DESIGN §6): Vietnamese by default, English on request. */
public enum Language {
    VI(Locale.forLanguageTag("vi")),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The preferred supported language of an {@code Accept-Language} header (RFC 9110 §12.5.4),
     * Vietnamese when the header is absent, malformed or names neither.
     */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return VI;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            Locale chosen = Locale.lookup(ranges, List.of(VI.locale, EN.locale));
            return chosen != null && chosen.getLanguage().equals("en") ? EN : VI;
        } catch (IllegalArgumentException malformed) {
            return VI;
        }
    }
}
