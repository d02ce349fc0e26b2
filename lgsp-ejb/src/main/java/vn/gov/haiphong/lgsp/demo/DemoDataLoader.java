package vn.gov.haiphong.lgsp.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.access.boundary.AccessRights;
import vn.gov.haiphong.lgsp.access.boundary.GrantDraft;
import vn.gov.haiphong.lgsp.access.boundary.GroupDraft;
import vn.gov.haiphong.lgsp.access.boundary.SystemGroups;
import vn.gov.haiphong.lgsp.catalog.boundary.ContractDraft;
import vn.gov.haiphong.lgsp.catalog.boundary.ServiceCatalog;
import vn.gov.haiphong.lgsp.catalog.boundary.ServiceDraft;
import vn.gov.haiphong.lgsp.catalog.boundary.ServiceView;
import vn.gov.haiphong.lgsp.common.id.ServiceId;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.registry.boundary.AgencyDraft;
import vn.gov.haiphong.lgsp.registry.boundary.AgencyRegistry;
import vn.gov.haiphong.lgsp.registry.control.AgencyCodes;
import vn.gov.haiphong.lgsp.registry.entity.Agency;
import vn.gov.haiphong.lgsp.system.entity.InformationSystem;

/**
 * Loads the demo agencies through the registry's own validation, once, and the demo information
 * systems (those the demo Keycloak realm has clients for); what is already present is left as it is. A transaction-scoped advisory lock keeps two nodes starting together from
 * loading at the same time.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class DemoDataLoader {

    /** Province code of Hải Phòng in the statistics office's list. */
    static final String HAI_PHONG_PROVINCE = "31";
    /** Communes get the groups 101, 102, … under the city code, in statistics-code order. */
    static final int FIRST_COMMUNE_GROUP = 101;

    private static final Caller LOADER = Caller.platform("demo-data");
    /** The demo's rights stand for decisions the authority took (Quy chế Đ.9.4). */
    private static final Caller AUTHORITY = new Caller("lgsp-platform", "demo-data", null, null, Set.of(Roles.AUTHORITY));
    /** The decision that issued the demo's codes (initial load of agencies that predate the platform). */
    static final String DEMO_DECISION = "01/QĐ-UBND (dữ liệu mẫu)";
    static final LocalDate DEMO_DECISION_DATE = LocalDate.of(2026, 1, 5);
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    @Inject
    @ConfigProperty(name = "lgsp.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    /** Where the demo provider (module lgsp-demo-provider) answers; its services are registered there. */
    @Inject
    @ConfigProperty(name = "lgsp.demo.provider-url", defaultValue = "http://127.0.0.1:8080/demo-provider")
    String providerUrl;

    @Inject
    @ConfigProperty(name = "lgsp.city.code")
    String cityCode;

    @EJB
    AgencyRegistry registry;

    @PersistenceContext
    EntityManager em;

    @EJB
    ServiceCatalog catalog;

    @EJB
    AccessRights rights;

    @EJB
    SystemGroups groups;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('lgsp-demo-data'))").getSingleResult();
        List<AgencyDraft> drafts = new ArrayList<>(departments());
        drafts.addAll(communes());
        int added = 0;
        for (AgencyDraft draft : drafts) {
            if (!registry.isRegistered(draft.code())) {
                registry.register(LOADER, draft);
                added++;
            }
        }
        int count = added;
        int systemsAdded = systems();
        em.flush();
        int servicesAdded = services();
        LOG.info(() -> "Demo data: " + count + " agencies added, " + (drafts.size() - count) + " already present; "
                + systemsAdded + " information systems and " + servicesAdded + " services added");
    }

    /**
     * The information systems whose Keycloak clients the demo realm already holds: registered as
     * connected, with approved security levels, as if their connection procedure had run.
     */
    private int systems() {
        int added = 0;
        for (CSVRecord r : read("/demo/haiphong-systems.csv")) {
            String agencyCode = r.get("agency_code");
            boolean present = !em.createNamedQuery(InformationSystem.FIND, InformationSystem.class)
                    .setParameter("agencyCode", agencyCode).setParameter("systemCode", r.get("system_code"))
                    .getResultList().isEmpty();
            if (present) {
                continue;
            }
            Agency agency = em.createNamedQuery(Agency.FIND_BY_CODE, Agency.class)
                    .setParameter("code", agencyCode).getSingleResult();
            InformationSystem system = new InformationSystem(agency, r.get("system_code"));
            system.describe(r.get("name"), r.get("purpose"), InformationSystem.DataKind.valueOf(r.get("data_kind")),
                    "[\"" + r.get("base_url") + "\"]", null, null, null);
            system.declareSecurityLevel(Short.parseShort(r.get("security_level")), r.get("decision_number"),
                    LocalDate.parse(r.get("decision_date")), r.get("approver"), null, null);
            system.reviewSecurityLevel(true, LOADER.name(), null);
            system.connected(system.identifier());
            em.persist(system);
            added++;
        }
        return added;
    }

    /**
     * Two published services, as their providers would register them: land-parcel lookup (REST,
     * Sở Nông nghiệp và Môi trường) and civil-status lookup (SOAP, Sở Tư pháp); the hospital system
     * may call the first, and the commune one-stop-shop group one operation of the second.
     */
    private int services() {
        long present = ((Number) em.createNativeQuery("SELECT count(*) FROM service").getSingleResult()).longValue();
        if (present > 0) {
            return 0;
        }
        ServiceView land = catalog.register(LOADER, new ServiceDraft("H24.06/dat-dai", "tra-cuu-thua-dat", "v1",
                "Tra cứu thửa đất", "Land parcel lookup", "Thông tin thửa đất, chủ sử dụng và biến động",
                "BASE", providerUrl + "/dat-dai", 10_000, false, null,
                new ContractDraft("OPENAPI", text("/demo/contracts/tra-cuu-thua-dat.yaml"), null, null)));
        ServiceView civil = catalog.register(LOADER, new ServiceDraft("H24.03/ho-tich", "tra-cuu-ho-tich", "v1",
                "Tra cứu hộ tịch", "Civil status lookup", "Khai sinh, kết hôn", "SPECIALISED", providerUrl + "/ho-tich",
                10_000, false, null,
                new ContractDraft("WSDL", text("/demo/contracts/ho-tich.wsdl"), null,
                        Map.of("ho-tich.xsd", text("/demo/contracts/ho-tich.xsd")))));
        for (ServiceView service : List.of(land, civil)) {
            catalog.publish(LOADER, ServiceId.parse(service.id()).orElseThrow());
        }
        rights.grant(AUTHORITY, new GrantDraft(land.id(), "H24.10/his", null, null, null));
        groups.create(LOADER, new GroupDraft("mot-cua-cap-xa", "Một cửa điện tử cấp xã",
                "Hệ thống một cửa của các xã, phường, đặc khu"));
        groups.addMember(LOADER, "mot-cua-cap-xa", "H24.101/mot-cua");
        rights.grant(AUTHORITY, new GrantDraft(civil.id(), null, "mot-cua-cap-xa", "traCuuKhaiSinh", null));
        // The demo provider's echo, for the integrator guide, the tests and the benchmark.
        ServiceView echo = catalog.register(LOADER, new ServiceDraft("H24.06/dat-dai", "echo", "v1",
                "Dịch vụ thử (phản hồi lại yêu cầu)", "Echo test service", "Trả lại những gì đã nhận", "OTHER",
                providerUrl + "/test/echo", 5_000, false, null,
                new ContractDraft("OPENAPI", text("/demo/contracts/echo.yaml"), null, null)));
        catalog.publish(LOADER, ServiceId.parse(echo.id()).orElseThrow());
        rights.grant(AUTHORITY, new GrantDraft(echo.id(), "H24.10/his", null, null, null));
        rights.grant(AUTHORITY, new GrantDraft(echo.id(), "H24.03/ho-tich", null, "layMau", null));
        return 3;
    }

    private static String text(String resource) {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<AgencyDraft> departments() {
        List<AgencyDraft> drafts = new ArrayList<>();
        for (CSVRecord r : read("/demo/haiphong-agencies.csv")) {
            String suffix = r.get("code_under_city");
            String code = suffix.isEmpty() ? cityCode : cityCode + "." + suffix;
            drafts.add(new AgencyDraft(code, r.get("name"), r.get("short_name"), r.get("kind"), null,
                    r.get("email"), r.get("phone"), null, DEMO_DECISION, DEMO_DECISION_DATE));
        }
        return drafts;
    }

    /** UBND of each xã, phường and đặc khu of Hải Phòng, from the 2025 administrative-units list. */
    private List<AgencyDraft> communes() {
        List<CSVRecord> units = read("/reference/administrative-units-2025.csv").stream()
                .filter(r -> HAI_PHONG_PROVINCE.equals(r.get("parent_code")))
                .sorted(Comparator.comparing(r -> r.get("code")))
                .toList();
        List<AgencyDraft> drafts = new ArrayList<>();
        int group = FIRST_COMMUNE_GROUP;
        for (CSVRecord unit : units) {
            String code = AgencyCodes.child(cityCode, Integer.toString(group++));
            String unitName = lowerFirstWord(unit.get("name"), unit.get("division_type"));
            drafts.add(new AgencyDraft(code, "Ủy ban nhân dân " + unitName, "UBND " + unitName,
                    "COMMUNE_COMMITTEE", null, null, null, unit.get("code"), DEMO_DECISION, DEMO_DECISION_DATE));
        }
        return drafts;
    }

    /** "Phường Thành Đông" → "phường Thành Đông": the type word is not capitalised mid-name. */
    private static String lowerFirstWord(String name, String divisionType) {
        return name.regionMatches(true, 0, divisionType, 0, divisionType.length())
                ? divisionType.toLowerCase(Locale.forLanguageTag("vi")) + name.substring(divisionType.length())
                : name;
    }

    private static List<CSVRecord> read(String resource) {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream(resource);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSV.parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
