package vn.gov.haiphong.lgsp.federation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Dịch vụ của nền tảng ngang hàng: a service a peer's {@code listMethods} listed, kept between catalog fetches. A
 * service the peer no longer lists stays, {@code listed = false}, so the rights granted to it are not lost by one
 * incomplete answer; it is not callable until listed again.
 */
@Entity
@Table(name = "peer_service")
@NamedQuery(name = PeerService.OF_PEER, query = "SELECT s FROM PeerService s WHERE s.instanceCode = :instance"
        + " ORDER BY s.memberClass, s.memberCode, s.subsystemCode, s.serviceCode")
@NamedQuery(name = PeerService.COUNT_OF_PEER, query = "SELECT count(s) FROM PeerService s WHERE s.instanceCode = :instance")
@NamedQuery(name = PeerService.ALL, query = "SELECT s FROM PeerService s")
public class PeerService {

    public static final String OF_PEER = "PeerService.ofPeer";
    public static final String COUNT_OF_PEER = "PeerService.countOfPeer";
    public static final String ALL = "PeerService.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "instance_code", nullable = false, updatable = false)
    private String instanceCode;

    @Column(name = "member_class", nullable = false, updatable = false)
    private String memberClass;

    @Column(name = "member_code", nullable = false, updatable = false)
    private String memberCode;

    @Column(name = "subsystem_code", nullable = false, updatable = false)
    private String subsystemCode;

    @Column(name = "service_code", nullable = false, updatable = false)
    private String serviceCode;

    @Column(name = "service_type", nullable = false)
    private String serviceType;

    private String title;

    /** The endpoints listed, one {@code METHOD path} per line (REST). */
    @Column(nullable = false)
    private String endpoints;

    @Column(nullable = false)
    private boolean listed;

    @Column(name = "fetched_at", nullable = false)
    private Instant fetchedAt;

    protected PeerService() {
    }

    public PeerService(String instanceCode, String memberClass, String memberCode, String subsystemCode,
                       String serviceCode) {
        this.instanceCode = instanceCode;
        this.memberClass = memberClass;
        this.memberCode = memberCode;
        this.subsystemCode = subsystemCode;
        this.serviceCode = serviceCode;
    }

    public void listed(String serviceType, String title, String endpoints, Instant at) {
        this.serviceType = serviceType;
        this.title = title;
        this.endpoints = endpoints;
        this.listed = true;
        this.fetchedAt = at;
    }

    public void unlisted() {
        this.listed = false;
    }

    /** The provider subsystem as X-Road names it: {@code NDXP/GOV/BCA/csdl-dan-cu}. */
    public String provider() {
        return instanceCode + "/" + memberClass + "/" + memberCode + "/" + subsystemCode;
    }

    /** {@code NDXP/GOV/BCA/csdl-dan-cu/tra-cuu-cong-dan}. */
    public String name() {
        return provider() + "/" + serviceCode;
    }

    public Long getId() {
        return id;
    }

    public String getInstanceCode() {
        return instanceCode;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public String getServiceType() {
        return serviceType;
    }

    public String getTitle() {
        return title;
    }

    public String getEndpoints() {
        return endpoints;
    }

    public boolean isListed() {
        return listed;
    }

    public Instant getFetchedAt() {
        return fetchedAt;
    }
}
