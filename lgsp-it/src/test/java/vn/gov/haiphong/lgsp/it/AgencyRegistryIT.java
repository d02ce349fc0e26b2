package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.FieldViolation;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.registry.boundary.AgencyDraft;
import vn.gov.haiphong.lgsp.registry.boundary.AgencyQuery;
import vn.gov.haiphong.lgsp.registry.boundary.AgencyRegistry;
import vn.gov.haiphong.lgsp.registry.boundary.AgencyView;
import vn.gov.haiphong.lgsp.registry.entity.AgencyKind;
import vn.gov.haiphong.lgsp.registry.entity.AgencyStatus;

/**
 * Registry writes, run inside the server against the real database, through the business layer the
 * admin API uses — including its own authorization, which holds whatever the edge let through.
 */
@ExtendWith(ArquillianExtension.class)
class AgencyRegistryIT {

    static final Caller OPERATOR = new Caller("test-operator", "operator", "lgsp-portal", "H24.08.01",
            Set.of(Roles.OPERATOR));

    @EJB
    AgencyRegistry registry;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(AgencyRegistryIT.class);
    }

    /** The decision that issued the codes these tests register (initial load, outside an organisational change). */
    private static final String DECISION = "15/QĐ-UBND";
    private static final LocalDate DECISION_DATE = LocalDate.of(2026, 1, 5);

    private static AgencyDraft draft(String code, String name, String kind) {
        return new AgencyDraft(code, name, null, kind, null, null, null, null, DECISION, DECISION_DATE);
    }

    @Test
    void registersUnderTheParentItsCodeNamesStoringNfcAndPlainDigits() {
        String decomposed = Normalizer.normalize("  Trung tâm  Chuyển đổi số ", Normalizer.Form.NFD);
        AgencyView created = registry.register(OPERATOR, new AgencyDraft("H24.15.02", decomposed, "TT CĐS", "PUBLIC_SERVICE_UNIT",
                null, "cds@haiphong.gov.vn", "0225.3500.999", null, DECISION, DECISION_DATE));
        assertEquals("Trung tâm Chuyển đổi số", created.name());
        assertTrue(Normalizer.isNormalized(created.name(), Normalizer.Form.NFC));
        assertEquals("H24.15", created.parentCode());
        assertEquals("02253500999", created.phone());
        assertEquals(AgencyStatus.ACTIVE, created.status());
        assertEquals(1, registry.find(new AgencyQuery("chuyen doi so", null, null), PageRequest.of(0, 10)).totalItems());
    }

    @Test
    void aCodeIsIssuedOnce() {
        registry.register(OPERATOR, draft("H24.15.03", "Phòng Thử nghiệm", "OTHER"));
        LgspException e = assertThrows(LgspException.class,
                () -> registry.register(OPERATOR, draft("H24.15.03", "Phòng khác", "OTHER")));
        assertEquals(ErrorCode.AGENCY_EXISTS, e.code());
        assertEquals("Phòng Thử nghiệm", registry.get("H24.15.03").name());
    }

    @Test
    void theParentMustBeRegistered() {
        LgspException e = assertThrows(LgspException.class,
                () -> registry.register(OPERATOR, draft("H24.77.01", "Đơn vị mồ côi", "OTHER")));
        assertEquals(ErrorCode.PARENT_AGENCY_NOT_FOUND, e.code());
        assertEquals(List.of("H24.77.01", "H24.77"), e.args());
        assertFalse(registry.isRegistered("H24.77.01"));
    }

    @Test
    void everyBadFieldIsReportedAndNothingIsStored() {
        long before = registry.find(new AgencyQuery(null, null, null), PageRequest.of(0, 1)).totalItems();
        AgencyDraft bad = new AgencyDraft("H24.15.9", " ", "x".repeat(65), "MINISTRY", "RETIRED",
                "not-an-email", "12ab", "123", DECISION, DECISION_DATE);
        LgspException e = assertThrows(LgspException.class, () -> registry.register(OPERATOR, bad));
        assertEquals(ErrorCode.VALIDATION_FAILED, e.code());
        assertEquals(List.of("administrativeUnitCode", "code", "email", "kind", "name", "phone", "shortName",
                "status"), e.violations().stream().map(FieldViolation::field).toList());
        assertEquals(before, registry.find(new AgencyQuery(null, null, null), PageRequest.of(0, 1)).totalItems());
    }

    @Test
    void missingFieldsAreRequired() {
        LgspException e = assertThrows(LgspException.class,
                () -> registry.register(OPERATOR, new AgencyDraft(null, null, null, null, null, null, null, null, null, null)));
        assertEquals(List.of("code", "decisionDate", "decisionNumber", "kind", "name"), e.violations().stream().map(FieldViolation::field).toList());
        assertTrue(e.violations().stream().allMatch(v -> v.messageKey().equals("field.required")));
        LgspException noBody = assertThrows(LgspException.class, () -> registry.register(OPERATOR, null));
        assertEquals(ErrorCode.VALIDATION_FAILED, noBody.code());
    }

    @Test
    void malformedCodesNeverReachTheDatabase() {
        for (String code : List.of("h24.08.04", "H2", "H24..01", "H24" + ".01".repeat(11))) {
            LgspException e = assertThrows(LgspException.class,
                    () -> registry.register(OPERATOR, draft(code, "Đơn vị", "OTHER")), code);
            assertEquals("code", e.violations().get(0).field(), code);
            assertFalse(registry.isRegistered(code));
        }
    }

    @Test
    void updateReplacesDetailsButNeverTheCode() {
        registry.register(OPERATOR, draft("H24.15.05", "Phòng Cũ", "OTHER"));
        AgencyView updated = registry.update(OPERATOR, "H24.15.05", new AgencyDraft("H24.15.05", "Phòng Mới", "PM",
                "PUBLIC_SERVICE_UNIT", "SUSPENDED", null, null, null, null, null), 0);
        assertEquals("Phòng Mới", updated.name());
        assertEquals(AgencyKind.PUBLIC_SERVICE_UNIT, updated.kind());
        assertEquals(AgencyStatus.SUSPENDED, updated.status());
        assertEquals(1, updated.version());

        LgspException mismatch = assertThrows(LgspException.class,
                () -> registry.update(OPERATOR, "H24.15.05", draft("H24.15.06", "Phòng Mới", "OTHER"), null));
        assertEquals("agency.code.mismatch", mismatch.violations().get(0).messageKey());
        LgspException stale = assertThrows(LgspException.class,
                () -> registry.update(OPERATOR, "H24.15.05", draft("H24.15.05", "Phòng Cũ lại", "OTHER"), 0));
        assertEquals(ErrorCode.CONCURRENT_UPDATE, stale.code());
        LgspException retire = assertThrows(LgspException.class, () -> registry.update(OPERATOR, "H24.15.05",
                new AgencyDraft("H24.15.05", "Phòng Mới", null, "OTHER", "RETIRED", null, null, null, null, null), null));
        assertEquals("agency.status.retired-by-lifecycle", retire.violations().get(0).messageKey());
        LgspException missing = assertThrows(LgspException.class,
                () -> registry.update(OPERATOR, "H24.15.98", draft("H24.15.98", "Không có", "OTHER"), null));
        assertEquals(ErrorCode.AGENCY_NOT_FOUND, missing.code());

        AgencyView unchanged = registry.get("H24.15.05");
        assertEquals("Phòng Mới", unchanged.name());
        assertEquals(1, unchanged.version());
    }

    @Test
    void theBusinessLayerDecidesWhoMayWriteWhateverTheEdgeLetThrough() {
        Caller adminOfHealth = new Caller("test-admin", "admin-yte", "lgsp-portal", "H24.10", Set.of(Roles.AGENCY_ADMIN));
        Caller auditor = new Caller("test-auditor", "auditor", "lgsp-portal", "H24.14", Set.of(Roles.AUDITOR));
        AgencyView health = registry.get("H24.10");
        AgencyDraft sameDetailsNewPhone = new AgencyDraft("H24.10", health.name(), health.shortName(),
                health.kind().name(), health.status().name(), "soyte-moi@haiphong.gov.vn", "0225 3846 999", null, null, null);
        assertEquals(ErrorCode.ACCESS_DENIED, assertThrows(LgspException.class,
                () -> registry.register(adminOfHealth, draft("H24.10.01", "Bệnh viện", "PUBLIC_SERVICE_UNIT"))).code());
        assertEquals(ErrorCode.ACCESS_DENIED, assertThrows(LgspException.class,
                () -> registry.update(auditor, "H24.10", sameDetailsNewPhone, null)).code());
        assertEquals(ErrorCode.ACCESS_DENIED, assertThrows(LgspException.class, () -> registry.update(adminOfHealth,
                "H24.03", new AgencyDraft("H24.03", "Sở Tư pháp", null, "DEPARTMENT", null, null, null, null, null, null), null)).code());
        AgencyDraft renamed = new AgencyDraft("H24.10", "Sở Y tế mới", health.shortName(), health.kind().name(),
                health.status().name(), health.email(), health.phone(), null, null, null);
        assertEquals(ErrorCode.ACCESS_DENIED, assertThrows(LgspException.class,
                () -> registry.update(adminOfHealth, "H24.10", renamed, null)).code());
        assertEquals(health, registry.get("H24.10"), "nothing changed");
    }
}
