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
import vn.gov.haiphong.lgsp.schema.Timestamped;

/** Danh mục dùng chung: a shared code list, its owner and legal basis. */
@Entity
@Table(name = "code_list")
@NamedQuery(name = CodeList.ALL, query = "SELECT l FROM CodeList l ORDER BY l.code")
@NamedQuery(name = CodeList.BY_CODE, query = "SELECT l FROM CodeList l WHERE l.code = :code")
public class CodeList extends Timestamped {

    public static final String ALL = "CodeList.all";
    public static final String BY_CODE = "CodeList.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64, updatable = false)
    private String code;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "owner_agency_code", nullable = false, length = 35)
    private String ownerAgencyCode;

    @Column(name = "legal_basis_number", length = 64)
    private String legalBasisNumber;

    @Column(name = "legal_basis_date")
    private LocalDate legalBasisDate;

    /** JSON array of AttributeSpec. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "attribute_schema", nullable = false)
    private String attributeSchema;

    protected CodeList() {
    }

    public CodeList(String code, String nameVi, String nameEn, String ownerAgencyCode, String legalBasisNumber,
                    LocalDate legalBasisDate, String attributeSchema) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.ownerAgencyCode = ownerAgencyCode;
        this.legalBasisNumber = legalBasisNumber;
        this.legalBasisDate = legalBasisDate;
        this.attributeSchema = attributeSchema;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getNameVi() { return nameVi; }
    public String getNameEn() { return nameEn; }
    public String getOwnerAgencyCode() { return ownerAgencyCode; }
    public String getLegalBasisNumber() { return legalBasisNumber; }
    public LocalDate getLegalBasisDate() { return legalBasisDate; }
    public String getAttributeSchema() { return attributeSchema; }
}
