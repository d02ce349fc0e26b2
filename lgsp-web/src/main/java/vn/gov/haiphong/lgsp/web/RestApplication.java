package vn.gov.haiphong.lgsp.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.ExternalDocumentation;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** All REST resources live under the context root: {@code /api/v1} (read) and {@code /admin/v1} (admin). */
@ApplicationPath("/")
@OpenAPIDefinition(
        info = @Info(title = RestApplication.TITLE, version = RestApplication.VERSION,
                description = "Nền tảng tích hợp, chia sẻ dữ liệu thành phố Hải Phòng — read API (/api/v1) and "
                        + "admin API (/admin/v1). Errors are RFC 9457 application/problem+json, in Vietnamese "
                        + "or English by Accept-Language (default vi).",
                contact = @Contact(name = "Trung tâm CNTT&TT (LGSP operator)", email = "lgsp@haiphong.gov.vn")),
        // WildFly's /openapi always writes externalDocs: it names the error format every operation answers with.
        externalDocs = @ExternalDocumentation(description = "Problem Details for HTTP APIs (RFC 9457): every error answer",
                url = "https://www.rfc-editor.org/rfc/rfc9457"),
        tags = {
            @Tag(name = "registry", description = "Cơ quan, đơn vị — agency registry (Quy chế Đ.8.1)"),
            @Tag(name = "registry-admin", description = "Agency registry administration (lgsp-operator)"),
            @Tag(name = "access-admin", description = "Quyền khai thác / Access requests, access rights, system groups"),
            @Tag(name = "metadata", description = "Siêu dữ liệu X-Road / X-Road metadata: listClients, listMethods, "
                    + "allowedMethods, getWsdl, getOpenAPI"),
            @Tag(name = "audit-admin", description = "Nhật ký thay đổi quản trị / Admin change audit"),
            @Tag(name = "catalog", description = "Danh mục dịch vụ / Service catalog"),
            @Tag(name = "catalog-admin", description = "Quản trị dịch vụ / Service registration, publication, holds"),
            @Tag(name = "code-lists", description = "Danh mục dùng chung / Shared code lists"),
            @Tag(name = "code-lists-admin", description = "Quản trị danh mục dùng chung / Code lists: define, import, "
                    + "review and publish drafts"),
            @Tag(name = "exchange-log", description = "Nhật ký trao đổi / Exchange log"),
            @Tag(name = "incident-admin", description = "Sự cố / Incidents (Quy chế Đ.10)"),
            @Tag(name = "monitoring", description = "Giám sát / Statistics, status board, alerts, probes"),
            @Tag(name = "notification-admin", description = "Thông báo / Notifications sent"),
            @Tag(name = "gateway", description = "Cổng trao đổi / The X-Road REST gateway"),
            @Tag(name = "backup", description = "Sao lưu / Backups: run, list, download"),
            @Tag(name = "calendar-admin", description = "Lịch nghỉ lễ / Holiday calendar (office hours, notice periods)"),
            @Tag(name = "federation-admin", description = "Liên thông / National peer platforms (X-Road instances)"),
            @Tag(name = "report-admin", description = "Báo cáo, giám sát, lấy ý kiến / Reports, oversight, feedback rounds")
        })
public class RestApplication extends Application {

    /** The API's title and version in its OpenAPI document. */
    public static final String TITLE = "LGSP Hải Phòng API";
    public static final String VERSION = "1";
}
