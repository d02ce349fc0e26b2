package vn.gov.haiphong.lgsp.conversion.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.gov.haiphong.lgsp.catalog.control.ContractEndpoints;
import vn.gov.haiphong.lgsp.catalog.control.SelfContainedWsdl;
import vn.gov.haiphong.lgsp.common.id.ServiceId;
import vn.gov.haiphong.lgsp.conversion.entity.ConversionStyle;

/**
 * How one service is converted, read once from its stored contract: for {@code REST_AS_SOAP} its REST operations by
 * SOAP operation name and the namespace of the generated elements; for {@code SOAP_AS_REST} its SOAP operations by
 * REST path ({@code POST /<operation>}).
 */
public record ConversionPlan(ConversionStyle style, ServiceId service, String namespace,
                             Map<String, RestAsSoap.Operation> restOperations, SoapAsRest.Plan soap) {

    /** The namespace of the elements generated for a REST service of this address. */
    public static String namespaceOf(ServiceId id) {
        return "http://lgsp.haiphong.gov.vn/converted/" + id.agencyCode() + "/" + id.systemCode() + "/"
                + id.serviceCode() + "/" + id.version();
    }

    /**
     * The plan from the stored documents; refused ({@link ConversionException}) when the contract cannot be converted.
     *
     * @param main    the main document (OpenAPI, or WSDL)
     * @param schemas a WSDL's imported documents by name
     */
    public static ConversionPlan of(ConversionStyle style, ServiceId id, byte[] main, Map<String, byte[]> schemas) {
        return style == ConversionStyle.REST_AS_SOAP
                ? new ConversionPlan(style, id, namespaceOf(id), RestAsSoap.plan(main), null)
                : new ConversionPlan(style, id, null, Map.of(), SoapAsRest.plan(SelfContainedWsdl.of(main, schemas)));
    }

    /**
     * The operation a call in the published protocol names: a SOAP body's element name (REST_AS_SOAP), or
     * {@code POST /<operation>} (SOAP_AS_REST); null when it names none.
     */
    public String operationCode(String method, String operation) {
        if (style == ConversionStyle.REST_AS_SOAP) {
            return restOperations.containsKey(operation) ? operation : null;
        }
        if (!"POST".equals(method) || operation == null || !operation.startsWith("/")) {
            return null;
        }
        String code = operation.substring(1);
        return soap.operations().containsKey(code) ? code : null;
    }

    /** The mapping as published, one line per operation: {@code layThuaDat ↔ GET /thua-dat/{soTo}/{soThua}}. */
    public List<String> mapping() {
        List<String> lines = new ArrayList<>();
        if (style == ConversionStyle.REST_AS_SOAP) {
            restOperations.values().forEach(o -> lines.add(o.code() + " ↔ " + o.method() + " " + o.pathTemplate()));
        } else {
            soap.operations().values().forEach(o -> lines.add("POST /" + o.code() + " ↔ " + o.code()));
        }
        return lines;
    }

    /**
     * The generated contract: the WSDL (REST_AS_SOAP) or the OpenAPI document in JSON (SOAP_AS_REST), whose server is
     * the REST gateway's address of the service ({@code provider}: {@code VN/GOV/H24.03/ho-tich}).
     */
    public byte[] contract(String title, String provider) {
        if (style == ConversionStyle.REST_AS_SOAP) {
            return RestAsSoap.wsdl(namespace, wsdlName(), restOperations, ContractEndpoints.HIDDEN);
        }
        return SoapAsRest.openApi(soap, title, service.version(), "/r1/" + provider + "/" + service.serviceCode());
    }

    public String mediaType() {
        return style == ConversionStyle.REST_AS_SOAP ? "text/xml" : "application/json";
    }

    /** {@code tra-cuu-thua-dat} → {@code TraCuuThuaDat}: the WSDL's service name. */
    private String wsdlName() {
        StringBuilder name = new StringBuilder();
        for (String part : service.serviceCode().split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.isEmpty() || !Character.isLetter(name.charAt(0)) ? "Service" + name : name.toString();
    }
}
