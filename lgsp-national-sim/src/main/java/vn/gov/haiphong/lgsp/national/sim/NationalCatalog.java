package vn.gov.haiphong.lgsp.national.sim;

import java.util.List;
import java.util.Optional;

/**
 * The simulated instance's members and services. Member codes are made up and say whose database they stand for
 * ({@code BCA}: Bộ Công an, which keeps the national population database; {@code BTC}: Bộ Tài chính, which keeps the
 * national business registration database since the 2025 reorganisation) — a real national instance's codes come
 * with its joining documents.
 */
public final class NationalCatalog {

    /** A subsystem of a member of the instance: {@code memberClass/memberCode/subsystemCode}. */
    public record Subsystem(String memberClass, String memberCode, String subsystemCode, String name) {

        String id() {
            return memberClass + "/" + memberCode + "/" + subsystemCode;
        }
    }

    /** A service of a subsystem; {@code type} is X-Road's {@code OPENAPI} (REST) or {@code WSDL} (SOAP). */
    public record Service(Subsystem provider, String serviceCode, String type, String title, List<String[]> endpoints) {
    }

    public static final Subsystem POPULATION = new Subsystem("GOV", "BCA", "csdl-dan-cu",
            "Cơ sở dữ liệu quốc gia về dân cư (mô phỏng)");
    public static final Subsystem BUSINESS_REGISTRY = new Subsystem("GOV", "BTC", "dang-ky-doanh-nghiep",
            "Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp (mô phỏng)");

    public static final Service CITIZEN_LOOKUP = new Service(POPULATION, "tra-cuu-cong-dan", "OPENAPI",
            "Tra cứu thông tin công dân", List.<String[]>of(new String[] {"GET", "/cong-dan/{soDinhDanh}"}));
    public static final Service BUSINESS_LOOKUP = new Service(BUSINESS_REGISTRY, "traCuuDoanhNghiep", "WSDL",
            "Tra cứu thông tin doanh nghiệp", List.<String[]>of(new String[] {null, null}));

    private static final List<Subsystem> SUBSYSTEMS = List.of(POPULATION, BUSINESS_REGISTRY);
    private static final List<Service> SERVICES = List.of(CITIZEN_LOOKUP, BUSINESS_LOOKUP);

    private NationalCatalog() {
    }

    public static List<Subsystem> subsystems() {
        return SUBSYSTEMS;
    }

    public static Optional<Subsystem> subsystem(String memberClass, String memberCode, String subsystemCode) {
        return SUBSYSTEMS.stream().filter(s -> s.memberClass().equals(memberClass) && s.memberCode().equals(memberCode)
                && s.subsystemCode().equals(subsystemCode)).findFirst();
    }

    public static List<Service> services(Subsystem provider) {
        return SERVICES.stream().filter(s -> s.provider().equals(provider)).toList();
    }

    public static Optional<Service> service(Subsystem provider, String serviceCode) {
        return services(provider).stream().filter(s -> s.serviceCode().equals(serviceCode)).findFirst();
    }
}
