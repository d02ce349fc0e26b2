package vn.gov.haiphong.lgsp.common.error;

import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Bilingual texts for people (Vietnamese and English). The bundle is looked up without falling back
 * to the JVM's default locale, so the server's own locale never decides the caller's language.
 */
public final class Messages {

    private static final String BUNDLE = "vn.gov.haiphong.lgsp.common.error.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String text(Language language, String key, List<?> args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                Messages.class.getClassLoader(), NO_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.isEmpty() ? pattern : new MessageFormat(pattern, language.locale()).format(args.toArray());
    }

    public static String title(Language language, ErrorCode code) {
        return text(language, "error." + code.slug() + ".title", List.of());
    }

    public static String detail(Language language, LgspException e) {
        return text(language, "error." + e.code().slug() + ".detail", e.args());
    }

    public static String detail(Language language, ErrorCode code, Object... args) {
        return text(language, "error." + code.slug() + ".detail", List.of(args));
    }

    public static String violation(Language language, FieldViolation v) {
        return text(language, v.messageKey(), v.args());
    }
}
