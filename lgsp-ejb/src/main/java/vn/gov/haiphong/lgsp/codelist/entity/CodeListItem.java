package vn.gov.haiphong.lgsp.codelist.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One item of a code list version. Immutable once its version is published (database trigger). */
@Entity
@Table(name = "code_list_item")
@NamedQuery(name = CodeListItem.SEARCH, query = "SELECT i FROM CodeListItem i WHERE i.versionId = :version"
        + " AND (:parent IS NULL OR i.parentCode = :parent)"
        + " AND (:pattern IS NULL OR i.searchName LIKE :pattern ESCAPE '!') ORDER BY i.code")
@NamedQuery(name = CodeListItem.COUNT, query = "SELECT count(i) FROM CodeListItem i WHERE i.versionId = :version"
        + " AND (:parent IS NULL OR i.parentCode = :parent)"
        + " AND (:pattern IS NULL OR i.searchName LIKE :pattern ESCAPE '!')")
@NamedQuery(name = CodeListItem.BY_CODE, query = "SELECT i FROM CodeListItem i WHERE i.versionId = :version"
        + " AND i.code = :code")
@NamedQuery(name = CodeListItem.ALL, query = "SELECT i FROM CodeListItem i WHERE i.versionId = :version ORDER BY i.code")
public class CodeListItem {

    public static final String SEARCH = "CodeListItem.search";
    public static final String COUNT = "CodeListItem.count";
    public static final String BY_CODE = "CodeListItem.byCode";
    public static final String ALL = "CodeListItem.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_id", nullable = false, updatable = false)
    private Long versionId;

    @Column(nullable = false, length = 64)
    private String code;

    @Column(nullable = false, length = 512)
    private String name;

    @Column(name = "parent_code", length = 64)
    private String parentCode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String attributes;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "replaced_by", nullable = false)
    private String replacedBy;

    @Column(name = "search_name", insertable = false, updatable = false, columnDefinition = "text")
    private String searchName;

    protected CodeListItem() {
    }

    public CodeListItem(Long versionId, String code, String name, String parentCode, String attributes,
                        LocalDate validFrom, LocalDate validTo, String replacedBy) {
        this.versionId = versionId;
        this.code = code;
        this.name = name;
        this.parentCode = parentCode;
        this.attributes = attributes;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.replacedBy = replacedBy;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getParentCode() { return parentCode; }
    public String getAttributes() { return attributes; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public String getReplacedBy() { return replacedBy; }
}
