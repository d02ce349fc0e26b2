package vn.gov.haiphong.lgsp.common;

import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;

/**
 * The JSON-P provider, looked up once. {@code JsonText.JSON.createReader(…)} and friends look the provider up
 * with a ServiceLoader scan on every call, which showed as the largest CPU cost per REST request in
 * the benchmark (docs/performance.md); use {@link #JSON} instead.
 */
public final class JsonText {

    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonText() {
    }

    public static JsonValue parse(String text) {
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}
