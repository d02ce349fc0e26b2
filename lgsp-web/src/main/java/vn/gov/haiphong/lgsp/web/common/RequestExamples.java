package vn.gov.haiphong.lgsp.web.common;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.gov.haiphong.lgsp.common.JsonText;

/**
 * An example request body per operation id, from {@code META-INF/openapi-examples.json}: one reviewable file
 * beside the resources, so that every admin body has an example in the OpenAPI document (ContractsIT fails on a
 * JSON request body without one). Values are handed over as plain maps, lists, strings, numbers and booleans.
 */
final class RequestExamples {

    static final String RESOURCE = "/META-INF/openapi-examples.json";

    private RequestExamples() {
    }

    static Map<String, Object> load() {
        try (InputStream in = RequestExamples.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            try (var reader = JsonText.JSON.createReader(in)) {
                Map<String, Object> examples = new LinkedHashMap<>();
                reader.readObject().forEach((operation, example) -> examples.put(operation, plain(example)));
                return examples;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                ((JsonObject) value).forEach((name, v) -> map.put(name, plain(v)));
                yield map;
            }
            case ARRAY -> ((JsonArray) value).stream().map(RequestExamples::plain).toList();
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).isIntegral() ? (Object) ((JsonNumber) value).longValue()
                    : ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }
}
