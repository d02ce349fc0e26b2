package vn.gov.haiphong.lgsp.access.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.gov.haiphong.lgsp.catalog.entity.Service;

class AccessRequestTest {

    static final String CITIZEN = "NDXP/GOV/BCA/csdl-dan-cu/tra-cuu-cong-dan";

    static AccessRequest request(Service service, String peerService) {
        return new AccessRequest(null, service, peerService, null, "Xác minh nhân thân", "Nghị định 47/2020",
                "[\"họ tên\"]", "hằng ngày", null, "admin-yte", LocalDate.now().plusDays(7), "[]");
    }

    @Test
    void aRequestNamesACityServiceOrANationalOneNeverBothOrNeither() {
        assertThrows(IllegalArgumentException.class, () -> request(null, null));
        assertThrows(IllegalArgumentException.class, () -> request(new Service(null, "tra-cuu-ho-tich", "v1", null, null), CITIZEN));
        assertFalse(request(new Service(null, "tra-cuu-ho-tich", "v1", null, null), null).isNational());
        assertTrue(request(null, CITIZEN).isNational());
    }

    @Test
    void aNationalRequestAwaitsTheAuthorityAndItsApprovalKeepsThePeerRight() {
        AccessRequest r = request(null, CITIZEN);
        assertEquals(AccessRequest.Status.SUBMITTED, r.getStatus());
        assertTrue(r.isOpen());
        r.escalate("[{\"action\":\"ESCALATE\"}]");
        assertTrue(r.isOpen(), "overdue: the authority has not decided, and still may");
        r.approveNational("authority", 42, "[{\"action\":\"APPROVE\"}]");
        assertEquals(AccessRequest.Status.APPROVED, r.getStatus());
        assertEquals(42L, r.getPeerRightId());
        assertNull(r.getAccessRight(), "no city right");
        assertEquals("authority", r.getDecidedBy());
        assertFalse(r.isOpen());
    }
}
