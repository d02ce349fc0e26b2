package vn.gov.haiphong.lgsp.common.id;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Định danh dịch vụ: the provider system, a service code and a version, printed
 * {@code H24.06/dat-dai/tra-cuu-thua-dat/v1}. On the X-Road wire the same four parts are member code,
 * subsystem code, service code and service version (DESIGN §3).
 */
public record ServiceId(SystemId system, String serviceCode, String version) {

    public static final Pattern SERVICE_CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
    public static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,31}");

    public ServiceId(String agencyCode, String systemCode, String serviceCode, String version) {
        this(new SystemId(agencyCode, systemCode), serviceCode, version);
    }

    /** {@code agency/system/service/version}; empty when the text has another shape. */
    public static Optional<ServiceId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 4 || !SERVICE_CODE.matcher(parts[2]).matches() || !VERSION.matcher(parts[3]).matches()) {
            return Optional.empty();
        }
        return SystemId.parse(parts[0] + "/" + parts[1]).map(s -> new ServiceId(s, parts[2], parts[3]));
    }

    public String agencyCode() {
        return system.agencyCode();
    }

    public String systemCode() {
        return system.systemCode();
    }

    @Override
    public String toString() {
        return system + "/" + serviceCode + "/" + version;
    }
}
