package vn.gov.haiphong.lgsp.federation.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.gov.haiphong.lgsp.common.id.SystemId;
import vn.gov.haiphong.lgsp.federation.entity.Peer;
import vn.gov.haiphong.lgsp.schema.NativeValues;

/** Reads {@link PeerMembers}' snapshot: whether each peer's link is enabled, and its members' rights to city services. */
@Stateless
public class InboundLoader {

    @PersistenceContext
    EntityManager em;

    public PeerMembers.Snapshot load() {
        Map<String, Boolean> peers = new HashMap<>();
        for (Peer p : em.createNamedQuery(Peer.ALL, Peer.class).getResultList()) {
            peers.put(p.getInstanceCode(), p.isEnabled());
        }
        Map<String, List<PeerMembers.InboundGrant>> rights = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.instance_code || '/' || r.member_class || '/'"
                + " || r.member_code || '/' || r.subsystem_code, a.code, s.system_code, r.service_code, r.valid_until"
                + " FROM peer_inbound_right r JOIN information_system s ON s.id = r.system_id"
                + " JOIN agency a ON a.id = s.agency_id").getResultList();
        for (Object[] row : rows) {
            rights.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add(new PeerMembers.InboundGrant(
                    new SystemId((String) row[1], (String) row[2]), (String) row[3], NativeValues.instant(row[4])));
        }
        return new PeerMembers.Snapshot(peers, rights);
    }
}
