package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.gov.haiphong.lgsp.access.boundary.AccessRequestDraft;
import vn.gov.haiphong.lgsp.access.boundary.AccessRequestView;
import vn.gov.haiphong.lgsp.access.boundary.AccessRequests;
import vn.gov.haiphong.lgsp.access.boundary.AccessRights;
import vn.gov.haiphong.lgsp.access.boundary.GrantDraft;
import vn.gov.haiphong.lgsp.access.boundary.SystemGroups;
import vn.gov.haiphong.lgsp.access.control.AccessPolicy;
import vn.gov.haiphong.lgsp.access.control.AccessPolicy.Outcome;
import vn.gov.haiphong.lgsp.access.entity.AccessRequest;
import vn.gov.haiphong.lgsp.common.id.ServiceId;
import vn.gov.haiphong.lgsp.common.id.SystemId;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;

/**
 * The access policy inside the server, against the demo catalog: rights on a whole service or one
 * endpoint, end dates, groups, and coherence — a change made here, or by "another node" (another
 * database session that NOTIFYs), is what the very next decision sees.
 */
@ExtendWith(ArquillianExtension.class)
class AccessPolicyIT {

    static final Caller OPERATOR = new Caller("test-operator", "operator", "lgsp-portal", null, Set.of(Roles.OPERATOR));
    /** Rights are the authority's to grant (Quy chế Đ.9.4). */
    static final Caller AUTHORITY = new Caller("test-authority", "authority", "lgsp-portal", "H24.08", Set.of(Roles.AUTHORITY));
    static final SystemId HIS = SystemId.parse("H24.10/his").orElseThrow();
    static final SystemId CIVIL = SystemId.parse("H24.03/ho-tich").orElseThrow();
    static final SystemId LAND = SystemId.parse("H24.06/dat-dai").orElseThrow();
    static final SystemId ONE_STOP = SystemId.parse("H24.101/mot-cua").orElseThrow();
    /** Demo services, addressed without a version as X-Road REST does (the last published). */
    static final ServiceId PARCELS = new ServiceId(LAND, "tra-cuu-thua-dat", null);
    static final ServiceId CIVIL_STATUS = new ServiceId(CIVIL, "tra-cuu-ho-tich", null);

    @EJB
    AccessPolicy policy;

    @EJB
    AccessRights rights;

    @EJB
    SystemGroups groups;

    @EJB
    AccessRequests requests;

    @Resource(lookup = "java:jboss/datasources/LgspDS")
    DataSource database;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(AccessPolicyIT.class);
    }

    @Test
    void anEndpointRightAllowsItsPathOnlyAndAServiceRightAllowsEveryPath() {
        rights.grant(AUTHORITY, new GrantDraft("H24.06/dat-dai/tra-cuu-thua-dat/v1", "H24.03/ho-tich", null, "layThuaDat",
                null));
        Instant now = Instant.now();
        assertEquals(Outcome.ALLOWED, policy.decideRest(CIVIL, PARCELS, "GET", "/thua-dat/12/345", now).outcome());
        assertEquals("layThuaDat", policy.decideRest(CIVIL, PARCELS, "GET", "/thua-dat/12/345", now).operation().code());
        assertEquals(Outcome.NO_RIGHT, policy.decideRest(CIVIL, PARCELS, "GET", "/thua-dat", now).outcome());
        assertEquals(Outcome.NO_RIGHT, policy.decideRest(CIVIL, PARCELS, "POST", "/bien-dong", now).outcome());
        assertEquals(Outcome.NO_RIGHT, policy.decideRest(CIVIL, PARCELS, "GET", "/thua-dat/12/345/chu", now).outcome());
        // The hospital holds the whole service (demo data): any path, even one the contract does not list.
        assertEquals(Outcome.ALLOWED, policy.decideRest(HIS, PARCELS, "POST", "/bien-dong", now).outcome());
        assertEquals(Outcome.ALLOWED, policy.decideRest(HIS, PARCELS, "GET", "/khong-co", now).outcome());
        assertEquals(Outcome.SERVICE_UNKNOWN, policy.decideRest(HIS, new ServiceId(LAND, "khong-co", null), "GET", "/",
                now).outcome());
        assertEquals(Outcome.CLIENT_UNKNOWN, policy.decideRest(SystemId.parse("H24.10/khong-co").orElseThrow(), PARCELS,
                "GET", "/thua-dat/1/2", now).outcome());
    }

    @Test
    void aRightStopsAtItsEndDateWithoutAnyChangeAndCanBeRenewed() throws Exception {
        rights.grant(AUTHORITY, new GrantDraft("H24.03/ho-tich/tra-cuu-ho-tich/v1", "H24.06/dat-dai", null, "traCuuKetHon",
                Instant.now().plusSeconds(2)));
        assertEquals(Outcome.ALLOWED, policy.decideOperation(LAND, CIVIL_STATUS, "traCuuKetHon", Instant.now()).outcome());
        Thread.sleep(2500);
        assertEquals(Outcome.NO_RIGHT, policy.decideOperation(LAND, CIVIL_STATUS, "traCuuKetHon", Instant.now()).outcome());
        // Renewal: the expired twin is recorded as expired first, so the same right can be granted again.
        rights.grant(AUTHORITY, new GrantDraft("H24.03/ho-tich/tra-cuu-ho-tich/v1", "H24.06/dat-dai", null, "traCuuKetHon",
                null));
        assertEquals(Outcome.ALLOWED, policy.decideOperation(LAND, CIVIL_STATUS, "traCuuKetHon", Instant.now()).outcome());
    }

    @Test
    void aGroupRightServesEveryMemberAndMembershipChangesTakeEffectAtOnce() {
        // Demo: the commune one-stop-shop group may call traCuuKhaiSinh of the civil-status service.
        assertEquals(Outcome.ALLOWED, policy.decideOperation(ONE_STOP, CIVIL_STATUS, "traCuuKhaiSinh", Instant.now())
                .outcome());
        assertEquals(Outcome.NO_RIGHT, policy.decideOperation(ONE_STOP, CIVIL_STATUS, "traCuuKetHon", Instant.now())
                .outcome());
        assertEquals(Outcome.NO_RIGHT, policy.decideOperation(HIS, CIVIL_STATUS, "traCuuKhaiSinh", Instant.now()).outcome());
        groups.addMember(OPERATOR, "mot-cua-cap-xa", "H24.10/his");
        assertEquals(Outcome.ALLOWED, policy.decideOperation(HIS, CIVIL_STATUS, "traCuuKhaiSinh", Instant.now()).outcome());
        groups.removeMember(OPERATOR, "mot-cua-cap-xa", "H24.10/his");
        assertEquals(Outcome.NO_RIGHT, policy.decideOperation(HIS, CIVIL_STATUS, "traCuuKhaiSinh", Instant.now()).outcome());
    }

    @Test
    void aChangeCommittedByAnotherNodeReachesThisNodeThroughNotify() throws Exception {
        // Warm: the hospital may not call traCuuKetHon, and this node has that answer in memory.
        assertEquals(Outcome.NO_RIGHT, policy.decideOperation(HIS, CIVIL_STATUS, "traCuuKetHon", Instant.now()).outcome());
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            // Another node grants the right: its own transaction, invisible to this node's memory …
            s.execute("INSERT INTO access_right (service_id, consumer_system_id, operation_id, granted_by, granted_at)"
                    + " SELECT v.id, (SELECT y.id FROM information_system y JOIN agency a ON a.id = y.agency_id"
                    + "   WHERE a.code = 'H24.10' AND y.system_code = 'his'), o.id, 'other-node', now()"
                    + " FROM service v JOIN service_operation o ON o.service_id = v.id"
                    + " WHERE v.service_code = 'tra-cuu-ho-tich' AND o.operation_code = 'traCuuKetHon'");
            assertEquals(Outcome.NO_RIGHT, policy.decideOperation(HIS, CIVIL_STATUS, "traCuuKetHon", Instant.now())
                    .outcome(), "served from memory until told");
            // … and announces it, as CacheChanges does inside every changing transaction.
            s.execute("SELECT pg_notify('lgsp_cache', 'access')");
        }
        long deadline = System.nanoTime() + 5_000_000_000L;
        Outcome seen = Outcome.NO_RIGHT;
        while (seen != Outcome.ALLOWED && System.nanoTime() < deadline) {
            Thread.sleep(20);
            seen = policy.decideOperation(HIS, CIVIL_STATUS, "traCuuKetHon", Instant.now()).outcome();
        }
        assertEquals(Outcome.ALLOWED, seen, "the notification reached this node's listener");
    }

    @Test
    void anUnansweredRequestIsEscalatedToTheAuthorityOnce() throws Exception {
        Caller hospitalAdmin = new Caller("test-admin", "admin-yte", "lgsp-portal", "H24.10", Set.of(Roles.AGENCY_ADMIN));
        AccessRequestView filed = requests.file(hospitalAdmin, new AccessRequestDraft("H24.10/his",
                "H24.03/ho-tich/tra-cuu-ho-tich/v1", "traCuuKhaiSinh", "Xác minh khai sinh trẻ sơ sinh",
                "Nghị định 47/2020/NĐ-CP", java.util.List.of("họ tên", "ngày sinh"), "hằng ngày", null));
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("UPDATE access_request SET due_date = current_date - 1 WHERE id = " + filed.id());
        }
        Caller sweep = Caller.platform("access-sweep");
        assertTrue(requests.escalateOverdue(sweep) >= 1);
        AccessRequestView escalated = requests.get(OPERATOR, filed.id());
        assertEquals(AccessRequest.Status.ESCALATED, escalated.status());
        assertEquals("ESCALATE", escalated.history().getJsonObject(1).getString("action"));
        assertEquals(0, requests.escalateOverdue(sweep), "never twice");
    }
}
