package vn.gov.haiphong.lgsp.system.entity;

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
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.gov.haiphong.lgsp.registry.entity.Agency;
import vn.gov.haiphong.lgsp.schema.Suspension;
import vn.gov.haiphong.lgsp.schema.Timestamped;

/** Hệ thống thông tin: a system of an agency, identified by agency code + system code. */
@Entity
@Table(name = "information_system")
@NamedQuery(name = InformationSystem.FIND, query = "SELECT s FROM InformationSystem s JOIN FETCH s.agency"
        + " WHERE s.agency.code = :agencyCode AND s.systemCode = :systemCode")
@NamedQuery(name = InformationSystem.OF_AGENCY, query = "SELECT s FROM InformationSystem s JOIN FETCH s.agency"
        + " WHERE (:agencyCode IS NULL OR s.agency.code = :agencyCode) ORDER BY s.agency.code, s.systemCode")
@NamedQuery(name = InformationSystem.COUNT_OF_AGENCY, query = "SELECT count(s) FROM InformationSystem s"
        + " WHERE (:agencyCode IS NULL OR s.agency.code = :agencyCode)")
public class InformationSystem extends Timestamped {

    public static final String FIND = "InformationSystem.find";
    public static final String OF_AGENCY = "InformationSystem.ofAgency";
    public static final String COUNT_OF_AGENCY = "InformationSystem.countOfAgency";

    /** CSDL cơ bản / chuyên ngành / khác (Quy chế Đ.7). */
    public enum DataKind { BASE, SPECIALISED, OTHER }

    /** Where the security level dossier stands. */
    public enum SecurityStatus { NONE, PENDING, APPROVED, REFUSED }

    public enum ConnectionStatus { NOT_CONNECTED, CONNECTED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", updatable = false)
    private Agency agency;

    @Column(name = "system_code", nullable = false, length = 64, updatable = false)
    private String systemCode;

    @Column(nullable = false)
    private String name;

    @Column(columnDefinition = "text")
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_kind", nullable = false, length = 16)
    private DataKind dataKind;

    /** JSON array of URLs. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "base_urls", nullable = false)
    private String baseUrls;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email", columnDefinition = "citext")
    private String contactEmail;

    @Column(name = "contact_phone", length = 16)
    private String contactPhone;

    @Column(name = "security_level")
    private Short securityLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "security_status", nullable = false, length = 16)
    private SecurityStatus securityStatus = SecurityStatus.NONE;

    @Column(name = "security_decision_number", length = 64)
    private String securityDecisionNumber;

    @Column(name = "security_decision_date")
    private LocalDate securityDecisionDate;

    @Column(name = "security_approver")
    private String securityApprover;

    @Column(name = "security_valid_until")
    private LocalDate securityValidUntil;

    @Column(name = "security_document_ref", length = 512)
    private String securityDocumentRef;

    @Column(name = "security_reviewed_by")
    private String securityReviewedBy;

    @Column(name = "security_refusal_reason", columnDefinition = "text")
    private String securityRefusalReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "connection_status", nullable = false, length = 16)
    private ConnectionStatus connectionStatus = ConnectionStatus.NOT_CONNECTED;

    @Column(name = "client_id", length = 128)
    private String clientId;

    @Embedded
    private Suspension suspension = new Suspension();

    protected InformationSystem() {
    }

    public InformationSystem(Agency agency, String systemCode) {
        this.agency = agency;
        this.systemCode = systemCode;
    }

    /** The system's identifier, also its Keycloak client id: {@code H24.10/his}. */
    public String identifier() {
        return agency.getCode() + "/" + systemCode;
    }

    public void describe(String name, String purpose, DataKind dataKind, String baseUrls, String contactName,
                         String contactEmail, String contactPhone) {
        this.name = name;
        this.purpose = purpose;
        this.dataKind = dataKind;
        this.baseUrls = baseUrls;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
    }

    public void declareSecurityLevel(short level, String decisionNumber, LocalDate decisionDate, String approver,
                                     String documentRef, LocalDate validUntil) {
        this.securityLevel = level;
        this.securityValidUntil = validUntil;
        this.securityDecisionNumber = decisionNumber;
        this.securityDecisionDate = decisionDate;
        this.securityApprover = approver;
        this.securityDocumentRef = documentRef;
        this.securityStatus = SecurityStatus.PENDING;
        this.securityReviewedBy = null;
        this.securityRefusalReason = null;
    }

    public void reviewSecurityLevel(boolean approved, String reviewer, String reason) {
        this.securityStatus = approved ? SecurityStatus.APPROVED : SecurityStatus.REFUSED;
        this.securityReviewedBy = reviewer;
        this.securityRefusalReason = reason;
    }

    public void connected(String clientId) {
        this.connectionStatus = ConnectionStatus.CONNECTED;
        this.clientId = clientId;
    }

    public void cancelled() {
        this.connectionStatus = ConnectionStatus.CANCELLED;
    }

    public Long getId() { return id; }
    public Agency getAgency() { return agency; }
    public String getSystemCode() { return systemCode; }
    public String getName() { return name; }
    public String getPurpose() { return purpose; }
    public DataKind getDataKind() { return dataKind; }
    public String getBaseUrls() { return baseUrls; }
    public String getContactName() { return contactName; }
    public String getContactEmail() { return contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public Short getSecurityLevel() { return securityLevel; }
    public SecurityStatus getSecurityStatus() { return securityStatus; }
    public String getSecurityDecisionNumber() { return securityDecisionNumber; }
    public LocalDate getSecurityDecisionDate() { return securityDecisionDate; }

    public LocalDate getSecurityValidUntil() { return securityValidUntil; }
    public String getSecurityApprover() { return securityApprover; }
    public String getSecurityDocumentRef() { return securityDocumentRef; }
    public String getSecurityReviewedBy() { return securityReviewedBy; }
    public String getSecurityRefusalReason() { return securityRefusalReason; }
    public ConnectionStatus getConnectionStatus() { return connectionStatus; }
    public String getClientId() { return clientId; }

    /** The operator's hold, if any; never null (Hibernate leaves an all-null embeddable null). */
    public Suspension getSuspension() {
        if (suspension == null) {
            suspension = new Suspension();
        }
        return suspension;
    }
}
