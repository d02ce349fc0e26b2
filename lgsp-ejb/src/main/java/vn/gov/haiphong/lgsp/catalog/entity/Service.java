package vn.gov.haiphong.lgsp.catalog.entity;

import vn.gov.haiphong.lgsp.common.id.ServiceProtocol;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.gov.haiphong.lgsp.common.id.ServiceId;
import vn.gov.haiphong.lgsp.schema.Suspension;
import vn.gov.haiphong.lgsp.schema.Timestamped;
import vn.gov.haiphong.lgsp.system.entity.InformationSystem;

/**
 * Dịch vụ: one version of a service a provider system publishes on the LGSP, with its contract
 * (OpenAPI or WSDL, kept unchanged in {@link ServiceDocument}) and the operations read from it.
 */
@Entity
@Table(name = "service")
@NamedQuery(name = Service.FIND, query = "SELECT s FROM Service s JOIN FETCH s.system"
        + " WHERE s.system.agency.code = :agencyCode AND s.system.systemCode = :systemCode"
        + " AND s.serviceCode = :serviceCode AND s.serviceVersion = :serviceVersion")
@NamedQuery(name = Service.SEARCH, query = "SELECT s FROM Service s JOIN FETCH s.system"
        + " WHERE (:agencyCode IS NULL OR s.system.agency.code = :agencyCode)"
        + " AND (:systemCode IS NULL OR s.system.systemCode = :systemCode)"
        + " AND (:dataKind IS NULL OR s.dataKind = :dataKind) AND (:pattern IS NULL OR s.searchText LIKE :pattern ESCAPE '!')"
        + " AND s.status IN :statuses ORDER BY s.system.agency.code, s.system.systemCode, s.serviceCode, s.serviceVersion")
@NamedQuery(name = Service.COUNT, query = "SELECT count(s) FROM Service s"
        + " WHERE (:agencyCode IS NULL OR s.system.agency.code = :agencyCode)"
        + " AND (:systemCode IS NULL OR s.system.systemCode = :systemCode)"
        + " AND (:dataKind IS NULL OR s.dataKind = :dataKind) AND (:pattern IS NULL OR s.searchText LIKE :pattern ESCAPE '!')"
        + " AND s.status IN :statuses")
@NamedQuery(name = Service.OF_PROVIDER, query = "SELECT s FROM Service s WHERE s.system = :system"
        + " AND s.status IN :statuses ORDER BY s.serviceCode, s.serviceVersion")
public class Service extends Timestamped {

    public static final String FIND = "Service.find";
    public static final String SEARCH = "Service.search";
    public static final String COUNT = "Service.count";
    public static final String OF_PROVIDER = "Service.ofProvider";


    /**
     * DRAFT: registered, not yet visible to consumers; PUBLISHED: in the catalog and callable;
     * DISABLED: visible, calls refused with the notice; RETIRED: gone for good (rights end).
     */
    public enum Status { DRAFT, PUBLISHED, DISABLED, RETIRED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "system_id", updatable = false)
    private InformationSystem system;

    @Column(name = "service_code", nullable = false, updatable = false, length = 64)
    private String serviceCode;

    @Column(name = "service_version", nullable = false, updatable = false, length = 32)
    private String serviceVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 8)
    private ServiceProtocol protocol;

    @Column(name = "title_vi", nullable = false)
    private String titleVi;

    @Column(name = "title_en")
    private String titleEn;

    @Column(columnDefinition = "text")
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_kind", nullable = false, length = 16)
    private InformationSystem.DataKind dataKind;

    @Column(name = "provider_url", nullable = false, length = 2048)
    private String providerUrl;

    @Column(name = "timeout_ms", nullable = false)
    private int timeoutMs;

    @Column(name = "log_bodies", nullable = false)
    private boolean logBodies;

    /** Consecutive provider failures that open the service's circuit; null: the platform's default. */
    @Column(name = "circuit_failures")
    private Integer circuitFailures;

    /** How long the open circuit refuses calls; null: the platform's default. */
    @Column(name = "circuit_open_seconds")
    private Integer circuitOpenSeconds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.DRAFT;

    @Column(name = "notice_vi", columnDefinition = "text")
    private String noticeVi;

    @Column(name = "notice_en", columnDefinition = "text")
    private String noticeEn;

    @Column(name = "contract_url", length = 2048, updatable = false)
    private String contractUrl;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "search_text", insertable = false, updatable = false, columnDefinition = "text")
    private String searchText;

    @OneToMany(mappedBy = "service", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<ServiceOperation> operations = new ArrayList<>();

    @Embedded
    private Suspension suspension = new Suspension();

    protected Service() {
    }

    public Service(InformationSystem system, String serviceCode, String serviceVersion, ServiceProtocol protocol,
                   String contractUrl) {
        this.system = system;
        this.serviceCode = serviceCode;
        this.serviceVersion = serviceVersion;
        this.protocol = protocol;
        this.contractUrl = contractUrl;
    }

    public ServiceId identifier() {
        return new ServiceId(system.getAgency().getCode(), system.getSystemCode(), serviceCode, serviceVersion);
    }

    public void describe(String titleVi, String titleEn, String description, InformationSystem.DataKind dataKind,
                         String providerUrl, int timeoutMs, boolean logBodies) {
        this.titleVi = titleVi;
        this.titleEn = titleEn;
        this.description = description;
        this.dataKind = dataKind;
        this.providerUrl = providerUrl;
        this.timeoutMs = timeoutMs;
        this.logBodies = logBodies;
    }

    /** The service's own circuit breaker (ngắt mạch); nulls keep the platform's defaults. */
    public void breakCircuit(Integer failures, Integer openSeconds) {
        this.circuitFailures = failures;
        this.circuitOpenSeconds = openSeconds;
    }

    public void addOperation(String code, String httpMethod, String pathTemplate, String summary) {
        operations.add(new ServiceOperation(this, code, httpMethod, pathTemplate, summary));
    }

    public void moveTo(Status next, String noticeVi, String noticeEn) {
        this.status = next;
        this.noticeVi = noticeVi;
        this.noticeEn = noticeEn;
        if (next == Status.PUBLISHED && publishedAt == null) {
            publishedAt = Instant.now();
        }
    }

    public Long getId() { return id; }
    public InformationSystem getSystem() { return system; }
    public String getServiceCode() { return serviceCode; }
    public String getServiceVersion() { return serviceVersion; }
    public ServiceProtocol getProtocol() { return protocol; }
    public String getTitleVi() { return titleVi; }
    public String getTitleEn() { return titleEn; }
    public String getDescription() { return description; }
    public InformationSystem.DataKind getDataKind() { return dataKind; }
    public String getProviderUrl() { return providerUrl; }
    public int getTimeoutMs() { return timeoutMs; }
    public boolean isLogBodies() { return logBodies; }
    public Integer getCircuitFailures() { return circuitFailures; }
    public Integer getCircuitOpenSeconds() { return circuitOpenSeconds; }
    public Status getStatus() { return status; }
    public String getNoticeVi() { return noticeVi; }
    public String getNoticeEn() { return noticeEn; }
    public String getContractUrl() { return contractUrl; }
    public Instant getPublishedAt() { return publishedAt; }
    public List<ServiceOperation> getOperations() { return operations; }

    /** The operator's hold, if any; never null (Hibernate leaves an all-null embeddable null). */
    public Suspension getSuspension() {
        if (suspension == null) {
            suspension = new Suspension();
        }
        return suspension;
    }
}
