package vn.gov.haiphong.lgsp.registry.entity;

import jakarta.persistence.Column;
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
import vn.gov.haiphong.lgsp.schema.Timestamped;

/** Cơ quan, đơn vị: an agency connected to the LGSP, identified by its QĐ 20/2020 code. */
@Entity
@Table(name = "agency")
@NamedQuery(name = Agency.FIND_BY_CODE,
        query = "SELECT a FROM Agency a LEFT JOIN FETCH a.parent WHERE a.code = :code")
@NamedQuery(name = Agency.SEARCH,
        query = "SELECT a FROM Agency a LEFT JOIN FETCH a.parent"
                + " WHERE (:parentId IS NULL OR a.parent.id = :parentId)"
                + " AND (:status IS NULL OR a.status = :status)"
                + " AND (:pattern IS NULL OR a.searchName LIKE :pattern ESCAPE '!')"
                + " ORDER BY a.code")
@NamedQuery(name = Agency.COUNT,
        query = "SELECT count(a) FROM Agency a"
                + " WHERE (:parentId IS NULL OR a.parent.id = :parentId)"
                + " AND (:status IS NULL OR a.status = :status)"
                + " AND (:pattern IS NULL OR a.searchName LIKE :pattern ESCAPE '!')")
public class Agency extends Timestamped {

    public static final String FIND_BY_CODE = "Agency.findByCode";
    public static final String SEARCH = "Agency.search";
    public static final String COUNT = "Agency.count";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 35, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "short_name", length = 64)
    private String shortName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Agency parent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AgencyKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AgencyStatus status;

    @Column(columnDefinition = "citext")
    private String email;

    @Column(length = 16)
    private String phone;

    @Column(name = "administrative_unit_code", length = 5)
    private String administrativeUnitCode;

    /** Computed by the database (lgsp_fold); read-only here. */
    @Column(name = "search_name", insertable = false, updatable = false, columnDefinition = "text")
    private String searchName;

    protected Agency() {
    }

    @Column(name = "decision_number", length = 64)
    private String decisionNumber;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    public Agency(String code, Agency parent) {
        this.code = code;
        this.parent = parent;
        this.status = AgencyStatus.ACTIVE;
    }

    /**
     * The decision that issued this code (a code is issued only by a decision: Quy chế Đ.8.3, Đ.12.3); set once,
     * in the transaction that issues the code.
     */
    public void issuedBy(String number, LocalDate date) {
        if (decisionNumber != null) {
            throw new IllegalStateException("the code " + code + " was issued by " + decisionNumber);
        }
        this.decisionNumber = number;
        this.decisionDate = date;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public Agency getParent() {
        return parent;
    }

    public AgencyKind getKind() {
        return kind;
    }

    public void setKind(AgencyKind kind) {
        this.kind = kind;
    }

    public AgencyStatus getStatus() {
        return status;
    }

    public void setStatus(AgencyStatus status) {
        this.status = status;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAdministrativeUnitCode() {
        return administrativeUnitCode;
    }

    public void setAdministrativeUnitCode(String administrativeUnitCode) {
        this.administrativeUnitCode = administrativeUnitCode;
    }
}
