package vn.gov.haiphong.lgsp.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * Tài liệu đặc tả: a contract document exactly as the provider gave it (the OpenAPI document, or the
 * WSDL and each XSD it imports), published unchanged; the database refuses any later change.
 */
@Entity
@Table(name = "service_document")
@NamedQuery(name = ServiceDocument.OF_SERVICE, query = "SELECT d FROM ServiceDocument d WHERE d.service = :service"
        + " ORDER BY d.main DESC, d.name")
public class ServiceDocument {

    public static final String OF_SERVICE = "ServiceDocument.ofService";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", updatable = false)
    private Service service;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "media_type", nullable = false, updatable = false, length = 128)
    private String mediaType;

    @Column(nullable = false, updatable = false)
    private boolean main;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    protected ServiceDocument() {
    }

    public ServiceDocument(Service service, String name, String mediaType, boolean main, byte[] content, String sha256) {
        this.service = service;
        this.name = name;
        this.mediaType = mediaType;
        this.main = main;
        this.content = content.clone();
        this.sha256 = sha256;
    }

    public String getName() { return name; }
    public String getMediaType() { return mediaType; }
    public boolean isMain() { return main; }
    public byte[] getContent() { return content.clone(); }
    public String getSha256() { return sha256; }
}
