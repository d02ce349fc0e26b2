package vn.gov.haiphong.lgsp.federation.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.gov.haiphong.lgsp.common.id.SystemId;
import vn.gov.haiphong.lgsp.federation.entity.Peer;
import vn.gov.haiphong.lgsp.federation.entity.PeerService;
import vn.gov.haiphong.lgsp.schema.NativeValues;

/** Reads the peers' snapshot for {@link PeerRoutes}: every peer, the services they list, the rights to them. */
@Stateless
public class PeerLoader {

    @PersistenceContext
    EntityManager em;

    public PeerRoutes.Snapshot load() {
        Map<String, PeerEntry> peers = new HashMap<>();
        for (Peer p : em.createNamedQuery(Peer.ALL, Peer.class).getResultList()) {
            peers.put(p.getInstanceCode(), PeerEntry.of(p));
        }
        Map<String, PeerRoutes.RemoteService> services = new HashMap<>();
        for (PeerService s : em.createNamedQuery(PeerService.ALL, PeerService.class).getResultList()) {
            if (s.isListed()) {
                services.put(s.name(), new PeerRoutes.RemoteService(s.getId(), s.getInstanceCode(), s.provider(),
                        s.getServiceCode(), s.getServiceType()));
            }
        }
        Map<Long, List<PeerRoutes.RemoteGrant>> rights = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.peer_service_id, a.code, s.system_code, r.valid_until"
                + " FROM peer_service_right r JOIN information_system s ON s.id = r.system_id"
                + " JOIN agency a ON a.id = s.agency_id").getResultList();
        for (Object[] row : rows) {
            Instant until = NativeValues.instant(row[3]);
            rights.computeIfAbsent(((Number) row[0]).longValue(), k -> new java.util.ArrayList<>())
                    .add(new PeerRoutes.RemoteGrant(new SystemId((String) row[1], (String) row[2]), until));
        }
        return new PeerRoutes.Snapshot(peers, services, rights);
    }
}
