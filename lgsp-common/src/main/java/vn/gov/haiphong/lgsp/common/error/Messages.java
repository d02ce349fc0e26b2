package vn.gov.haiphong.lgsp.common.error;

import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Bilingual texts for people (Vietnamese and English). The bundle is looked up without falling back
 * to the JVM's default locale, so the server's own locale never decides the caller's language. A
 * {@link Phrase} among the values is itself put in the caller's language first.
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
        if (args.isEmpty()) {
            return pattern;
        }
        Object[] values = args.stream()
                .map(a -> a instanceof Phrase p ? text(language, p.key(), p.args()) : a)
                .toArray();
        return new MessageFormat(pattern, language.locale()).format(values);
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
