package vn.gov.haiphong.lgsp.gateway.control;

import vn.gov.haiphong.lgsp.common.id.ServiceProtocol;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import vn.gov.haiphong.lgsp.access.control.AccessPolicy;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.Maintenance;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.Provider;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.ServiceEntry;
import vn.gov.haiphong.lgsp.catalog.entity.Service;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.Language;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.id.ServiceId;

/** How a decision is answered: from what was decided, at the instant it was decided. */
class AdmissionTest {

    static ServiceEntry service(List<Maintenance> windows, Provider provider) {
        return new ServiceEntry(1, ServiceId.parse("H24.06/dat-dai/echo/v1").orElseThrow(), ServiceProtocol.REST,
                Service.Status.PUBLISHED, null, null, "http://p", 1000, false, null, null, List.of(), null, windows,
                provider);
    }

    /** A window that ended between the decision and its answer: still the maintenance refusal, never a 500. */
    @Test
    void aMaintenanceWindowThatEndsBeforeTheAnswerIsStillNamed() {
        Instant decided = Instant.now().minusMillis(50);
        Maintenance window = new Maintenance(decided.minusSeconds(3600), decided.plusMillis(10), "Bảo trì", "Upkeep");
        AccessPolicy.Decision decision = new AccessPolicy.Decision(AccessPolicy.Outcome.SERVICE_MAINTENANCE,
                service(List.of(window), Provider.CONNECTED), null, null, window, decided);
        LgspException refused = assertThrows(LgspException.class,
                () -> Admission.admit(decision, "VN/GOV/H24.10/his", "VN/GOV/H24.06/dat-dai/echo", "GET /", Language.EN,
                        decided.plusMillis(40)));
        assertEquals(ErrorCode.SERVICE_MAINTENANCE, refused.code());
        assertEquals(OptionalLong.of(1), refused.retryAfterSeconds(), "try again at once: the window is over");
    }

    @Test
    void anIsolatedProviderIsRefusedWithItsOwnCodes() {
        LgspException suspended = assertThrows(LgspException.class, () -> Admission.admit(
                new AccessPolicy.Decision(AccessPolicy.Outcome.PROVIDER_SUSPENDED,
                        service(List.of(), new Provider(true, "Sự cố")), null, null, null, Instant.now()), "c", "s", "op", Language.VI, Instant.now()));
        assertEquals(ErrorCode.PROVIDER_SUSPENDED, suspended.code());
        assertEquals("Server.ServerProxy.ProviderSuspended", XRoadErrors.of(suspended.code()));
        LgspException cancelled = assertThrows(LgspException.class, () -> Admission.admit(
                new AccessPolicy.Decision(AccessPolicy.Outcome.PROVIDER_NOT_CONNECTED,
                        service(List.of(), new Provider(false, null)), null, null, null, Instant.now()), "c", "s", "op", Language.VI, Instant.now()));
        assertEquals("Server.ServerProxy.ProviderNotConnected", XRoadErrors.of(cancelled.code()));
    }
}
