package vn.gov.haiphong.lgsp.federation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.haiphong.lgsp.common.id.ServiceId;
import vn.gov.haiphong.lgsp.common.id.SystemId;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;

class PeerMembersTest {

    static final Caller NDXP = new Caller("s", "peer-NDXP", "peer-NDXP", null, Set.of(Roles.PEER));
    static final PeerMembers.Snapshot KNOWN = new PeerMembers.Snapshot(Map.of("NDXP", true), Map.of());

    @Test
    void aPeerNamesOnlyMembersOfItsOwnInstance() {
        assertEquals(Optional.of("NDXP/GOV/BCA/csdl-dan-cu"), PeerMembers.member(NDXP, "NDXP/GOV/BCA/csdl-dan-cu", KNOWN));
        assertTrue(PeerMembers.member(NDXP, "VN/GOV/H24.10/his", KNOWN).isEmpty(), "a city system");
        assertTrue(PeerMembers.member(NDXP, "EE/GOV/BCA/csdl-dan-cu", KNOWN).isEmpty(), "another instance");
        assertTrue(PeerMembers.member(NDXP, "NDXP/GOV/BCA", KNOWN).isEmpty(), "a member, not a subsystem");
        assertTrue(PeerMembers.member(NDXP, "NDXP/GOV/BCA/a b", KNOWN).isEmpty());
        assertTrue(PeerMembers.member(NDXP, "NDXP/GOV/BCA/csdl-dan-cu",
                new PeerMembers.Snapshot(Map.of(), Map.of())).isEmpty(), "a peer no longer configured");
    }

    @Test
    void onlyAPeerClientWithThePeerRoleIsAPeer() {
        assertTrue(PeerMembers.isPeer(NDXP));
        assertFalse(PeerMembers.isPeer(new Caller("s", "peer-NDXP", "peer-NDXP", null, Set.of(Roles.SYSTEM))));
        assertFalse(PeerMembers.isPeer(new Caller("s", "H24.10/his", "H24.10/his", "H24.10", Set.of(Roles.PEER))));
        assertTrue(PeerMembers.member(new Caller("s", "H24.10/his", "H24.10/his", "H24.10", Set.of(Roles.SYSTEM)),
                "NDXP/GOV/BCA/csdl-dan-cu", KNOWN).isEmpty(), "a city system cannot name a national member");
    }

    @Test
    void aRightCoversEveryVersionOfOneServiceUntilItEnds() {
        Instant now = Instant.parse("2026-12-03T10:00:00Z");
        SystemId land = new SystemId("H24.06", "dat-dai");
        PeerMembers.InboundGrant grant = new PeerMembers.InboundGrant(land, "echo", now.plusSeconds(60));
        assertTrue(grant.covers(new ServiceId(land, "echo", "v2"), now));
        assertFalse(grant.covers(new ServiceId(land, "other", "v1"), now));
        assertFalse(grant.covers(new ServiceId(new SystemId("H24.10", "his"), "echo", "v1"), now));
        assertFalse(grant.covers(new ServiceId(land, "echo", "v1"), now.plusSeconds(60)), "ended");
        assertTrue(new PeerMembers.InboundGrant(land, "echo", null).covers(new ServiceId(land, "echo", "v1"), now));
        assertEquals(List.of(), KNOWN.rights().getOrDefault("NDXP/GOV/BCA/csdl-dan-cu", List.of()));
    }
}
