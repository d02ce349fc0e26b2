package vn.gov.haiphong.lgsp.web.monitoring;

import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;

/** Refuses a query parameter a resource does not know — a misspelt filter must not silently widen an answer. */
final class KnownParameters {

    private KnownParameters() {
    }

    static void require(UriInfo uri, List<String> allowed) {
        Set<String> unknown = new TreeSet<>(uri.getQueryParameters().keySet());
        allowed.forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            throw new LgspException(ErrorCode.INVALID_PARAMETER, unknown.iterator().next(),
                    "not a parameter here; allowed: " + String.join(", ", allowed));
        }
    }
}
