package vn.gov.haiphong.lgsp.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Thao tác: an operation read from the contract — REST: method + path template (the code is the
 * OpenAPI operationId, or {@code GET /parcels/{id}} without one); SOAP: the WSDL operation name.
 */
@Entity
@Table(name = "service_operation")
public class ServiceOperation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", updatable = false)
    private Service service;

    @Column(name = "operation_code", nullable = false, updatable = false)
    private String operationCode;

    @Column(name = "http_method", length = 8, updatable = false)
    private String httpMethod;

    @Column(name = "path_template", length = 1024, updatable = false)
    private String pathTemplate;

    @Column(columnDefinition = "text", updatable = false)
    private String summary;

    protected ServiceOperation() {
    }

    ServiceOperation(Service service, String operationCode, String httpMethod, String pathTemplate, String summary) {
        this.service = service;
        this.operationCode = operationCode;
        this.httpMethod = httpMethod;
        this.pathTemplate = pathTemplate;
        this.summary = summary;
    }

    public Long getId() { return id; }
    public Service getService() { return service; }
    public String getOperationCode() { return operationCode; }
    public String getHttpMethod() { return httpMethod; }
    public String getPathTemplate() { return pathTemplate; }
    public String getSummary() { return summary; }
}
