package vn.gov.haiphong.lgsp.access.control;

import vn.gov.haiphong.lgsp.common.id.ServiceProtocol;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.ConsumerEntry;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.Grant;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.Maintenance;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.OperationEntry;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.ServiceEntry;
import vn.gov.haiphong.lgsp.catalog.entity.Service;
import vn.gov.haiphong.lgsp.common.id.ServiceId;
import vn.gov.haiphong.lgsp.common.id.SystemId;

/** Path templates and grants, the logic under every access decision. */
class PolicyEntriesTest {

    static final ServiceEntry PARCELS = new ServiceEntry(7, ServiceId.parse("H24.06/dat-dai/thua-dat/v1").orElseThrow(),
            ServiceProtocol.REST, Service.Status.PUBLISHED, null, null, "http://p", 1000, false, null, null, List.of(
                    OperationEntry.of(1, "list", "GET", "/thua-dat"),
                    OperationEntry.of(2, "one", "GET", "/thua-dat/{to}/{thua}"),
                    OperationEntry.of(3, "owners", "GET", "/thua-dat/{to}/chu"),
                    OperationEntry.of(4, "dot", "GET", "/a.b/{x}")), null,
            List.of(new Maintenance(Instant.parse("2026-11-28T15:00:00Z"), Instant.parse("2026-11-28T17:00:00Z"),
                    "Bảo trì", null)), PolicyEntries.Provider.CONNECTED);

    static Optional<String> match(String method, String path) {
        return PARCELS.restOperation(method, path).map(OperationEntry::code);
    }

    @Test
    void templatesMatchWholeSegmentsAndTheMostLiteralWins() {
        assertEquals(Optional.of("list"), match("GET", "/thua-dat"));
        assertEquals(Optional.of("one"), match("get", "/thua-dat/12/345"));
        assertEquals(Optional.of("owners"), match("GET", "/thua-dat/12/chu"), "a literal segment beats a variable");
        assertEquals(Optional.empty(), match("GET", "/thua-dat/12/345/x"));
        assertEquals(Optional.empty(), match("GET", "/thua-dat/"));
        assertEquals(Optional.empty(), match("POST", "/thua-dat"));
        assertEquals(Optional.empty(), match("GET", "/aXb/1"), "regex characters in a template are literal");
        assertEquals(Optional.of("dot"), match("GET", "/a.b/1"));
    }

    @Test
    void aMaintenanceWindowHoldsFromItsStartUntilJustBeforeItsEnd() {
        assertTrue(PARCELS.maintenanceAt(Instant.parse("2026-11-28T14:59:59Z")).isEmpty());
        assertTrue(PARCELS.maintenanceAt(Instant.parse("2026-11-28T15:00:00Z")).isPresent());
        assertTrue(PARCELS.maintenanceAt(Instant.parse("2026-11-28T16:59:59Z")).isPresent());
        assertTrue(PARCELS.maintenanceAt(Instant.parse("2026-11-28T17:00:00Z")).isEmpty());
    }

    @Test
    void grantsCoverTheirServiceOrOperationUntilTheirEnd() {
        Instant now = Instant.parse("2026-11-27T03:00:00Z");
        ConsumerEntry consumer = new ConsumerEntry(1, SystemId.parse("H24.10/his").orElseThrow(), true, null, List.of(
                new Grant(10, 7, 2L, null), new Grant(11, 8, null, now.plusSeconds(60))));
        assertTrue(consumer.mayCall(7, 2L, now));
        assertFalse(consumer.mayCall(7, 1L, now), "another operation");
        assertFalse(consumer.mayCall(7, null, now), "a path outside the contract needs a service-wide right");
        assertTrue(consumer.mayCall(8, 99L, now));
        assertTrue(consumer.mayCall(8, null, now));
        assertFalse(consumer.mayCall(8, null, now.plusSeconds(60)), "ends at validUntil exactly");
    }

    @Test
    void theProviderBaseHasNoTrailingSlashes() {
        assertEquals("http://p", PARCELS.providerBase());
        ServiceEntry slashed = new ServiceEntry(8, PARCELS.serviceId(), ServiceProtocol.REST, Service.Status.PUBLISHED,
                null, null, "http://p/api//", 1000, false, null, null, List.of(), null, List.of(),
                PolicyEntries.Provider.CONNECTED);
        assertEquals("http://p/api", slashed.providerBase());
    }
}
