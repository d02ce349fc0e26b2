package vn.gov.haiphong.lgsp.audit.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import java.io.StringReader;
import java.time.Instant;
import vn.gov.haiphong.lgsp.common.JsonText;
import vn.gov.haiphong.lgsp.common.security.Caller;

/**
 * The step list a request keeps of itself (connection requests, access requests): a JSON array of
 * {@code {at, actor, role, action, note}}, oldest first, shown with the request.
 */
public final class RequestHistory {

    private RequestHistory() {
    }

    /** The history with one more step. */
    public static String append(String history, Caller caller, String action, String note) {
        JsonArrayBuilder steps = JsonText.JSON.createArrayBuilder(parse(history));
        var step = JsonText.JSON.createObjectBuilder().add("at", Instant.now().toString()).add("actor", caller.name())
                .add("role", caller.primaryRole()).add("action", action);
        if (note != null) {
            step.add("note", note);
        }
        return steps.add(step).build().toString();
    }

    public static JsonArray parse(String history) {
        try (var reader = JsonText.JSON.createReader(new StringReader(history))) {
            return reader.readArray();
        }
    }
}
