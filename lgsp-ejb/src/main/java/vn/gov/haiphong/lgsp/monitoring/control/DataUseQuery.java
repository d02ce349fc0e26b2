package vn.gov.haiphong.lgsp.monitoring.control;

import java.util.List;
import java.util.regex.Pattern;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;

/**
 * A data-use question: buckets over a period (as a statistics question's, {@link StatisticsQuery}, without its
 * exchange filters), optionally narrowed to a reading system, its agency, a resource and a protocol.
 *
 * @param consumer       X-Road system name, or null
 * @param consumerAgency agency code, or null
 * @param resource       {@code agencies}, {@code services}, {@code systems}, {@code code-lists} or
 *                       {@code code-lists/{code}}, or null
 * @param protocol       or null
 */
public record DataUseQuery(StatisticsQuery window, String consumer, String consumerAgency, String resource,
                           DataUseRecorder.Protocol protocol) {

    /** What the read API and the SOAP services offer to read. */
    public static final List<String> RESOURCES = List.of("agencies", "services", "systems", "code-lists",
            "code-lists/{code}");
    private static final Pattern RESOURCE = Pattern.compile("(agencies|services|systems|code-lists)|code-lists/[^/]{1,200}");

    public DataUseQuery {
        if (window.service() != null || window.providerAgency() != null) {
            throw new IllegalArgumentException("data use has no service or provider");
        }
        if (resource != null && !RESOURCE.matcher(resource).matches()) {
            throw new LgspException(ErrorCode.INVALID_PARAMETER, "resource", String.join(", ", RESOURCES));
        }
    }
}
