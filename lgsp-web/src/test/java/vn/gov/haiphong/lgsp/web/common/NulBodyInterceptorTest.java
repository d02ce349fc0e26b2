package vn.gov.haiphong.lgsp.web.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NulBodyInterceptorTest {

    private static final char BACKSLASH = '\\';

    /** Bodies written with {@code \\} for a backslash, so that no Java escape hides what is sent. */
    private static byte[] json(String text) {
        return text.replace("\\\\", String.valueOf(BACKSLASH)).getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":\"\\\\u0000\"}", "{\"name\":\"Sở\\\\u0000 Y tế\"}", "[\"a\",\"\\\\\\\\\\\\u0000\"]",
        "{\"\\\\u0000\":1}", "\\\\u0000", "{\"name\":\"\0\"}", "{\"name\":\"\\\\u00000\"}"})
    void theEscapeForNulIsFound(String body) {
        assertTrue(NulBodyInterceptor.holdsNul(json(body)), body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":\"Sở Y tế\"}", "{\"name\":\"\\\\\\\\u0000\"}",
        "{\"name\":\"\\\\u0001\"}", "{\"name\":\"\\\\u1000\"}", "\\\\", "{\"a\":\"\\\\u000\"}"})
    void otherTextIsNot(String body) {
        assertFalse(NulBodyInterceptor.holdsNul(json(body)), body);
    }
}
