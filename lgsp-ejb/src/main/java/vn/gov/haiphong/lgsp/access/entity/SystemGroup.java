package vn.gov.haiphong.lgsp.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import vn.gov.haiphong.lgsp.schema.Timestamped;

/**
 * Nhóm hệ thống: a named set of consumer systems (say, every commune's one-stop-shop system) that a
 * right can be granted to at once. Kept by the operator; members in {@code system_group_member}.
 */
@Entity
@Table(name = "system_group")
@NamedQuery(name = SystemGroup.FIND, query = "SELECT g FROM SystemGroup g WHERE g.code = :code")
@NamedQuery(name = SystemGroup.ALL, query = "SELECT g FROM SystemGroup g ORDER BY g.code")
public class SystemGroup extends Timestamped {

    public static final String FIND = "SystemGroup.find";
    public static final String ALL = "SystemGroup.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 64)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(columnDefinition = "text")
    private String description;

    protected SystemGroup() {
    }

    public SystemGroup(String code, String name, String description) {
        this.code = code;
        this.name = name;
        this.description = description;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getDescription() { return description; }
}
