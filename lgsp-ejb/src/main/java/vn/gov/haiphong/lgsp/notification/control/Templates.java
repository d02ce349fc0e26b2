package vn.gov.haiphong.lgsp.notification.control;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of notifications ({@code templates.properties}, Vietnamese, and {@code templates_en.properties}): per
 * kind a {@code .subject} and a {@code .body} with {@link MessageFormat} arguments. A message carries both languages,
 * Vietnamese first, as plain text.
 */
public final class Templates {

    static final String BUNDLE = "vn.gov.haiphong.lgsp.notification.templates";
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** A rendered message: its subject line and its plain-text body. */
    public record Message(String subject, String body) {
    }

    private Templates() {
    }

    /** A time as the parties read it: Vietnam time, {@code HH:mm dd/MM/yyyy}. */
    public static String localTime(Instant at) {
        return at == null ? null : LOCAL_TIME.format(at);
    }

    public static Message render(String kind, Object... args) {
        ResourceBundle vi = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK);
        ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, NO_FALLBACK);
        String subject = format(vi, kind + ".subject", args) + " / " + format(en, kind + ".subject", args);
        String body = format(vi, kind + ".body", args) + "\n\n--- English ---\n\n" + format(en, kind + ".body", args)
                + "\n\n-- \n" + vi.getString("signature") + "\n" + en.getString("signature") + "\n";
        return new Message("[LGSP] " + subject, body);
    }

    private static String format(ResourceBundle bundle, String key, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] == null ? "—" : args[i].toString(); // no locale digit grouping of ids
        }
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(shown);
    }
}
