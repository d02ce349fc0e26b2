package vn.gov.haiphong.lgsp.common.error;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A piece of text from the bilingual bundle used as a value of another message: it is put in the caller's
 * language when the message is, so one refusal can say who may act and where a request stands in vi or en.
 *
 * @param key  key in the bundle
 * @param args values for the phrase's own placeholders
 */
public record Phrase(String key, List<Object> args) {

    public Phrase {
        args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, Arrays.asList(args));
    }
}
