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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.common.security.Caller;
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
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    @Inject
    @ConfigProperty(name = "lgsp.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "lgsp.city.code")
    String cityCode;

    @EJB
    AgencyRegistry registry;

    @PersistenceContext
    EntityManager em;

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
        LOG.info(() -> "Demo data: " + count + " agencies added, " + (drafts.size() - count) + " already present; "
                + systemsAdded + " information systems added");
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
                    LocalDate.parse(r.get("decision_date")), r.get("approver"), null);
            system.reviewSecurityLevel(true, LOADER.name(), null);
            system.connected(system.identifier());
            em.persist(system);
            added++;
        }
        return added;
    }

    private List<AgencyDraft> departments() {
        List<AgencyDraft> drafts = new ArrayList<>();
        for (CSVRecord r : read("/demo/haiphong-agencies.csv")) {
            String suffix = r.get("code_under_city");
            String code = suffix.isEmpty() ? cityCode : cityCode + "." + suffix;
            drafts.add(new AgencyDraft(code, r.get("name"), r.get("short_name"), r.get("kind"), null,
                    r.get("email"), r.get("phone"), null));
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
                    "COMMUNE_COMMITTEE", null, null, null, unit.get("code")));
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
