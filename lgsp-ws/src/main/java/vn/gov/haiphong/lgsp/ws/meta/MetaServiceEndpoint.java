package vn.gov.haiphong.lgsp.ws.meta;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;
import java.util.List;
import java.util.function.Supplier;
import vn.gov.haiphong.lgsp.access.boundary.MetaServices;
import vn.gov.haiphong.lgsp.catalog.boundary.ContractFile;
import vn.gov.haiphong.lgsp.catalog.boundary.ServiceView;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.error.Messages;
import vn.gov.haiphong.lgsp.common.id.SystemId;
import vn.gov.haiphong.lgsp.ws.common.SoapFaults;
import vn.gov.haiphong.lgsp.ws.meta.v1.AllowedMethods;
import vn.gov.haiphong.lgsp.ws.meta.v1.AllowedMethodsResponse;
import vn.gov.haiphong.lgsp.ws.meta.v1.Client;
import vn.gov.haiphong.lgsp.ws.meta.v1.Document;
import vn.gov.haiphong.lgsp.ws.meta.v1.GetOpenAPIResponse;
import vn.gov.haiphong.lgsp.ws.meta.v1.GetWsdlResponse;
import vn.gov.haiphong.lgsp.ws.meta.v1.ListClients;
import vn.gov.haiphong.lgsp.ws.meta.v1.ListClientsResponse;
import vn.gov.haiphong.lgsp.ws.meta.v1.ListMethods;
import vn.gov.haiphong.lgsp.ws.meta.v1.ListMethodsResponse;
import vn.gov.haiphong.lgsp.ws.meta.v1.MetaFault;
import vn.gov.haiphong.lgsp.ws.meta.v1.MetaPortType;
import vn.gov.haiphong.lgsp.ws.meta.v1.Operation;
import vn.gov.haiphong.lgsp.ws.meta.v1.Service;
import vn.gov.haiphong.lgsp.ws.meta.v1.ServiceRequest;
import vn.gov.haiphong.lgsp.ws.meta.v1.SystemRef;
import vn.gov.haiphong.lgsp.ws.security.SoapAuthenticator;

/**
 * MetaService (WSDL-first, {@code WEB-INF/wsdl/MetaService.wsdl}): the X-Road metadata services for SOAP
 * systems, the same answers as {@code /r1/…/listMethods} and its siblings. Any authenticated caller.
 */
@HandlerChain(file = "handlers.xml")
@WebService(serviceName = "MetaService", portName = "MetaPort",
        targetNamespace = "http://lgsp.haiphong.gov.vn/ws/meta/v1",
        endpointInterface = "vn.gov.haiphong.lgsp.ws.meta.v1.MetaPortType",
        wsdlLocation = "WEB-INF/wsdl/MetaService.wsdl")
public class MetaServiceEndpoint implements MetaPortType {

    @EJB
    MetaServices meta;

    @Resource
    WebServiceContext context;

    @Override
    public ListClientsResponse listClients(ListClients request) {
        return answer(() -> {
            ListClientsResponse response = new ListClientsResponse();
            meta.listClients().forEach(c -> {
                Client client = new Client();
                client.setId(c.id());
                client.setAgencyCode(c.agencyCode());
                client.setSystemCode(c.systemCode());
                client.setName(c.name());
                client.setAgencyName(c.agencyName());
                response.getClient().add(client);
            });
            return response;
        });
    }

    @Override
    public ListMethodsResponse listMethods(ListMethods request) {
        return answer(() -> {
            ListMethodsResponse response = new ListMethodsResponse();
            toWire(meta.listMethods(system(request.getProvider())), response.getService());
            return response;
        });
    }

    @Override
    public AllowedMethodsResponse allowedMethods(AllowedMethods request) {
        return answer(() -> {
            AllowedMethodsResponse response = new AllowedMethodsResponse();
            String client = request.getClient() == null ? null : system(request.getClient()).toString();
            toWire(meta.allowedMethods(SoapAuthenticator.callerOf(context), system(request.getProvider()), client),
                    response.getService());
            return response;
        });
    }

    @Override
    public GetWsdlResponse getWsdl(ServiceRequest request) {
        return answer(() -> {
            GetWsdlResponse response = new GetWsdlResponse();
            response.setDocument(toWire(meta.getWsdl(SoapAuthenticator.callerOf(context), system(request.getProvider()),
                    request.getServiceCode(), request.getVersion())));
            return response;
        });
    }

    @Override
    public GetOpenAPIResponse getOpenAPI(ServiceRequest request) {
        return answer(() -> {
            GetOpenAPIResponse response = new GetOpenAPIResponse();
            response.setDocument(toWire(meta.getOpenApi(SoapAuthenticator.callerOf(context),
                    system(request.getProvider()), request.getServiceCode(), request.getVersion())));
            return response;
        });
    }

    private <T> T answer(Supplier<T> read) {
        return SoapFaults.answer(context, read, (e, language) -> {
            MetaFault detail = new MetaFault();
            detail.setCode(e.code().slug());
            detail.setType(e.code().type());
            detail.setTitle(Messages.title(language, e.code()));
            detail.setDetail(Messages.detail(language, e));
            return detail;
        });
    }

    private static SystemId system(SystemRef ref) {
        String text = ref.getAgencyCode() + "/" + ref.getSystemCode();
        return SystemId.parse(text).orElseThrow(() -> new LgspException(ErrorCode.SYSTEM_NOT_FOUND, text));
    }

    private static void toWire(List<ServiceView> services, List<Service> into) {
        for (ServiceView s : services) {
            Service service = new Service();
            service.setId(s.id());
            service.setServiceCode(s.serviceCode());
            service.setVersion(s.version());
            service.setProtocol(s.protocol().name());
            service.setTitle(s.titleVi());
            service.setTitleEn(s.titleEn());
            service.setStatus(s.status().name());
            if (s.notice() != null) {
                service.setNoticeVi(s.notice().vi());
                service.setNoticeEn(s.notice().en());
            }
            s.operations().forEach(o -> {
                Operation operation = new Operation();
                operation.setCode(o.code());
                operation.setMethod(o.method());
                operation.setPath(o.path());
                service.getOperation().add(operation);
            });
            into.add(service);
        }
    }

    private static Document toWire(ContractFile file) {
        Document document = new Document();
        document.setName(file.name());
        document.setMediaType(file.mediaType());
        document.setSha256(file.sha256());
        document.setContent(file.content());
        return document;
    }
}
