package vn.gov.haiphong.lgsp.web.access;

import vn.gov.haiphong.lgsp.common.id.ServiceProtocol;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import vn.gov.haiphong.lgsp.access.boundary.MetaServices.ClientInfo;
import vn.gov.haiphong.lgsp.catalog.boundary.ServiceView;

/**
 * The JSON the X-Road REST metadata services answer with ({@code listClients}, {@code listMethods},
 * {@code allowedMethods}), so that X-Road client tooling reads ours; fields the LGSP adds (title,
 * status, notice, operation codes) are extra members an X-Road client ignores.
 */
public final class XRoadJson {

    private XRoadJson() {
    }

    public record ClientList(@JsonbProperty("member") List<Member> member) {
    }

    public record Member(@JsonbProperty("id") Id id, @JsonbProperty("name") String name,
                  @JsonbProperty("agency_name") String agencyName) {
    }

    public record Id(@JsonbProperty("object_type") String objectType, @JsonbProperty("xroad_instance") String instance,
              @JsonbProperty("member_class") String memberClass, @JsonbProperty("member_code") String memberCode,
              @JsonbProperty("subsystem_code") String subsystemCode) {
    }

    public record MethodList(@JsonbProperty("service") List<Method> service) {
    }

    public record Method(@JsonbProperty("object_type") String objectType, @JsonbProperty("xroad_instance") String instance,
                  @JsonbProperty("member_class") String memberClass, @JsonbProperty("member_code") String memberCode,
                  @JsonbProperty("subsystem_code") String subsystemCode, @JsonbProperty("service_code") String serviceCode,
                  @JsonbProperty("service_version") String serviceVersion,
                  @JsonbProperty("service_type") String serviceType, @JsonbProperty("title") String title,
                  @JsonbProperty("status") String status, @JsonbProperty("notice") ServiceView.Notice notice,
                  @JsonbProperty("endpoint_list") List<Endpoint> endpoints) {
    }

    public record Endpoint(@JsonbProperty("method") String method, @JsonbProperty("path") String path,
                    @JsonbProperty("operation") String operation) {
    }

    static ClientList clients(String instance, String memberClass, List<ClientInfo> clients) {
        return new ClientList(clients.stream().map(c -> new Member(new Id("SUBSYSTEM", instance, memberClass,
                c.agencyCode(), c.systemCode()), c.name(), c.agencyName())).toList());
    }

    static MethodList methods(String instance, String memberClass, List<ServiceView> services) {
        return new MethodList(services.stream().map(s -> new Method("SERVICE", instance, memberClass, s.agencyCode(),
                s.systemCode(), s.serviceCode(), s.version(),
                s.protocol() == ServiceProtocol.REST ? "OPENAPI" : "WSDL",
                s.titleVi(), s.status().name(), s.notice(),
                s.operations().stream().map(o -> new Endpoint(o.method(), o.path(), o.code())).toList())).toList());
    }
}
