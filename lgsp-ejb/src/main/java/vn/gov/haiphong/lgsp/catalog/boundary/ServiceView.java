package vn.gov.haiphong.lgsp.catalog.boundary;

import vn.gov.haiphong.lgsp.common.id.ServiceProtocol;
import java.time.Instant;
import java.util.List;
import vn.gov.haiphong.lgsp.catalog.entity.Service;
import vn.gov.haiphong.lgsp.system.entity.InformationSystem;

/**
 * A service as the catalog shows it. {@code providerUrl} is shown only to those who manage the
 * provider (consumers call through the gateway and never need it).
 *
 * @param id     {@code H24.06/dat-dai/tra-cuu-thua-dat/v1}
 * @param notice  why a DISABLED service refuses calls, in Vietnamese and English
 * @param circuit the service's own circuit breaker as registered (null fields: the platform's defaults)
 */
public record ServiceView(String id, String provider, String agencyCode, String systemCode, String serviceCode,
                          String version, ServiceProtocol protocol, String titleVi, String titleEn, String description,
                          InformationSystem.DataKind dataKind, Service.Status status, Notice notice, String providerUrl,
                          int timeoutMs, boolean logBodies, ServiceDraft.Circuit circuit, String contractUrl,
                          List<OperationView> operations, List<DocumentInfo> documents, Instant publishedAt,
                          Instant updatedAt, int revision) {

    public record Notice(String vi, String en) {
    }

    /** REST: method and path; SOAP: the operation only. */
    public record OperationView(String code, String method, String path, String summary) {
    }

    public record DocumentInfo(String name, String mediaType, boolean main, int size, String sha256) {
    }
}
