package vn.gov.haiphong.lgsp.codelist.entity;

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
import java.time.Instant;
import java.time.LocalDate;

/** One version of a code list: a draft being prepared, or a published, frozen one. */
@Entity
@Table(name = "code_list_version")
@NamedQuery(name = CodeListVersion.OF_LIST, query = "SELECT v FROM CodeListVersion v WHERE v.list = :list"
        + " ORDER BY v.number")
@NamedQuery(name = CodeListVersion.BY_NUMBER, query = "SELECT v FROM CodeListVersion v WHERE v.list = :list"
        + " AND v.number = :number")
@NamedQuery(name = CodeListVersion.CURRENT, query = "SELECT v FROM CodeListVersion v WHERE v.list = :list"
        + " AND v.status = 'PUBLISHED' ORDER BY v.number DESC")
@NamedQuery(name = CodeListVersion.CURRENT_NUMBER, query = "SELECT max(v.number) FROM CodeListVersion v"
        + " WHERE v.list.code = :code AND v.status = 'PUBLISHED'")
@NamedQuery(name = CodeListVersion.PUBLISHED_ID, query = "SELECT v.id FROM CodeListVersion v"
        + " WHERE v.list.code = :code AND v.number = :number AND v.status = 'PUBLISHED'")
public class CodeListVersion {

    public static final String OF_LIST = "CodeListVersion.ofList";
    public static final String BY_NUMBER = "CodeListVersion.byNumber";
    public static final String CURRENT = "CodeListVersion.current";
    public static final String CURRENT_NUMBER = "CodeListVersion.currentNumber";
    public static final String PUBLISHED_ID = "CodeListVersion.publishedId";

    public enum Status { DRAFT, PUBLISHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "list_id", updatable = false)
    private CodeList list;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "item_count", nullable = false)
    private int itemCount;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by")
    private String publishedBy;

    protected CodeListVersion() {
    }

    public CodeListVersion(CodeList list, int number, LocalDate effectiveFrom, int itemCount, String createdBy) {
        this.list = list;
        this.number = number;
        this.status = Status.DRAFT;
        this.effectiveFrom = effectiveFrom;
        this.itemCount = itemCount;
        this.createdAt = Instant.now();
        this.createdBy = createdBy;
    }

    public void publish(String by) {
        this.status = Status.PUBLISHED;
        this.publishedAt = Instant.now();
        this.publishedBy = by;
    }

    public Long getId() { return id; }
    public CodeList getList() { return list; }
    public int getNumber() { return number; }
    public Status getStatus() { return status; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public int getItemCount() { return itemCount; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getPublishedBy() { return publishedBy; }
}
