package vn.gov.haiphong.lgsp.common.id;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Định danh dịch vụ: the provider system, a service code and a version, printed
 * {@code H24.06/dat-dai/tra-cuu-thua-dat/v1}. On the X-Road wire the same four parts are member code,
 * subsystem code, service code and service version (DESIGN §3).
 */
public record ServiceId(SystemId system, String serviceCode, String version) {

    public static final Pattern SERVICE_CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
    public static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,31}");
    /**
     * The X-Road metadata services' names (PR-META, PR-MREST): the gateways answer them for every provider
     * themselves, so no service may be registered under one.
     */
    public static final Set<String> METADATA_CODES = Set.of("listClients", "listMethods", "allowedMethods", "getWsdl",
            "getOpenAPI");

    public ServiceId(String agencyCode, String systemCode, String serviceCode, String version) {
        this(new SystemId(agencyCode, systemCode), serviceCode, version);
    }

    /** {@code agency/system/service/version}; empty when the text has another shape. */
    public static Optional<ServiceId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 4 || parts[3].isEmpty()) {
            return Optional.empty();
        }
        return SystemId.parse(parts[0] + "/" + parts[1]).flatMap(s -> of(s, parts[2], parts[3]));
    }

    /**
     * A service of {@code system}; {@code version} may be null — the last published, as the gateway addresses
     * services. Empty when the code or the version has another shape.
     */
    public static Optional<ServiceId> of(SystemId system, String serviceCode, String version) {
        if (serviceCode == null || !SERVICE_CODE.matcher(serviceCode).matches()
                || (version != null && !VERSION.matcher(version).matches())) {
            return Optional.empty();
        }
        return Optional.of(new ServiceId(system, serviceCode, version));
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
