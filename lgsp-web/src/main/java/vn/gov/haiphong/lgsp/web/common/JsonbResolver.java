package vn.gov.haiphong.lgsp.web.common;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The one JSON-B instance for every REST answer. Without a resolver RESTEasy builds a new Jsonb for
 * each response — measured at several milliseconds of CPU per request (docs/performance.md).
 * Jsonb instances are thread-safe.
 */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {

    static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withFormatting(false));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
