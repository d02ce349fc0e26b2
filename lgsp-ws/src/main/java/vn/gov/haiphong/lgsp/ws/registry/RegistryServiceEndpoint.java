package vn.gov.haiphong.lgsp.ws.registry;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;
import java.time.Instant;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import vn.gov.haiphong.lgsp.common.Page;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.error.Language;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.error.Messages;
import vn.gov.haiphong.lgsp.registry.boundary.AgencyQuery;
import vn.gov.haiphong.lgsp.registry.boundary.AgencyResolution;
import vn.gov.haiphong.lgsp.registry.boundary.AgencyRegistry;
import vn.gov.haiphong.lgsp.registry.boundary.AgencyView;
import vn.gov.haiphong.lgsp.system.boundary.InformationSystems;
import vn.gov.haiphong.lgsp.system.boundary.SystemView;
import vn.gov.haiphong.lgsp.ws.common.SoapDataUse;
import vn.gov.haiphong.lgsp.ws.common.SoapFaults;
import vn.gov.haiphong.lgsp.ws.registry.v1.Agency;
import vn.gov.haiphong.lgsp.ws.registry.v1.AgencyKind;
import vn.gov.haiphong.lgsp.ws.registry.v1.AgencyStatus;
import vn.gov.haiphong.lgsp.ws.registry.v1.CodeResolution;
import vn.gov.haiphong.lgsp.ws.registry.v1.FindAgencies;
import vn.gov.haiphong.lgsp.ws.registry.v1.FindAgenciesResponse;
import vn.gov.haiphong.lgsp.ws.registry.v1.FindSystems;
import vn.gov.haiphong.lgsp.ws.registry.v1.FindSystemsResponse;
import vn.gov.haiphong.lgsp.ws.registry.v1.GetAgency;
import vn.gov.haiphong.lgsp.ws.registry.v1.GetAgencyResponse;
import vn.gov.haiphong.lgsp.ws.registry.v1.GetSystem;
import vn.gov.haiphong.lgsp.ws.registry.v1.GetSystemResponse;
import vn.gov.haiphong.lgsp.ws.registry.v1.InformationSystem;
import vn.gov.haiphong.lgsp.ws.registry.v1.RegistryFault;
import vn.gov.haiphong.lgsp.ws.registry.v1.RegistryPortType;
import vn.gov.haiphong.lgsp.ws.registry.v1.ResolveAgencyCode;
import vn.gov.haiphong.lgsp.ws.registry.v1.ResolveAgencyCodeResponse;

/**
 * RegistryService (WSDL-first, {@code WEB-INF/wsdl/RegistryService.wsdl}): the same reads as
 * {@code /api/v1/agencies} and {@code /api/v1/systems}, with the same rules and errors, as SOAP Faults. Any authenticated caller
 * (bearer token or Basic credentials of a system), as the REST read API; the request guard refuses
 * everyone else before the SOAP stack sees the request.
 */
@HandlerChain(file = "handlers.xml")
@WebService(serviceName = "RegistryService", portName = "RegistryPort",
        targetNamespace = "http://lgsp.haiphong.gov.vn/ws/registry/v1",
        endpointInterface = "vn.gov.haiphong.lgsp.ws.registry.v1.RegistryPortType",
        wsdlLocation = "WEB-INF/wsdl/RegistryService.wsdl")
public class RegistryServiceEndpoint implements RegistryPortType {

    private static final DatatypeFactory DATATYPES = datatypes();
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    @EJB
    AgencyRegistry registry;

    @EJB
    InformationSystems systems;

    @Resource
    WebServiceContext context;

    @Override
    public GetAgencyResponse getAgency(GetAgency request) {
        SoapDataUse.reads(context, "agencies");
        try {
            GetAgencyResponse response = new GetAgencyResponse();
            response.setAgency(toWire(registry.get(request.getCode())));
            return response;
        } catch (LgspException e) {
            throw fault(e);
        }
    }

    @Override
    public FindAgenciesResponse findAgencies(FindAgencies request) {
        SoapDataUse.reads(context, "agencies");
        try {
            Page<AgencyView> page = registry.find(
                    new AgencyQuery(request.getQuery(), request.getParentCode(), request.getStatus()),
                    PageRequest.of(request.getPage(), request.getSize()));
            FindAgenciesResponse response = new FindAgenciesResponse();
            response.setTotalItems(page.totalItems());
            response.setPage(page.page());
            response.setSize(page.size());
            page.items().forEach(a -> response.getAgency().add(toWire(a)));
            return response;
        } catch (LgspException e) {
            throw fault(e);
        }
    }

    @Override
    public ResolveAgencyCodeResponse resolveAgencyCode(ResolveAgencyCode request) {
        SoapDataUse.reads(context, "agencies");
        try {
            AgencyResolution resolution = registry.resolve(request.getCode());
            CodeResolution wire = new CodeResolution();
            wire.setCode(resolution.code());
            wire.setStatus(AgencyStatus.fromValue(resolution.status().name()));
            wire.getSuccessorCode().addAll(resolution.successorCodes());
            wire.getCurrentCode().addAll(resolution.currentCodes());
            ResolveAgencyCodeResponse response = new ResolveAgencyCodeResponse();
            response.setResolution(wire);
            return response;
        } catch (LgspException e) {
            throw fault(e);
        }
    }

    @Override
    public GetSystemResponse getSystem(GetSystem request) {
        SoapDataUse.reads(context, "systems");
        try {
            GetSystemResponse response = new GetSystemResponse();
            response.setSystem(toWire(systems.get(request.getAgencyCode(), request.getSystemCode())));
            return response;
        } catch (LgspException e) {
            throw fault(e);
        }
    }

    @Override
    public FindSystemsResponse findSystems(FindSystems request) {
        SoapDataUse.reads(context, "systems");
        try {
            Page<SystemView> page = systems.find(request.getAgencyCode(),
                    PageRequest.of(request.getPage(), request.getSize()));
            FindSystemsResponse response = new FindSystemsResponse();
            response.setTotalItems(page.totalItems());
            response.setPage(page.page());
            response.setSize(page.size());
            page.items().forEach(s -> response.getSystem().add(toWire(s)));
            return response;
        } catch (LgspException e) {
            throw fault(e);
        }
    }

    private RuntimeException fault(LgspException e) {
        Language language = SoapFaults.language(context);
        RegistryFault detail = new RegistryFault();
        detail.setCode(e.code().slug());
        detail.setType(e.code().type());
        detail.setTitle(Messages.title(language, e.code()));
        detail.setDetail(Messages.detail(language, e));
        e.violations().forEach(v -> {
            RegistryFault.FieldError error = new RegistryFault.FieldError();
            error.setField(v.field());
            error.setMessage(Messages.violation(language, v));
            detail.getFieldError().add(error);
        });
        return SoapFaults.fault(e, language, detail);
    }

    private static Agency toWire(AgencyView view) {
        Agency agency = new Agency();
        agency.setCode(view.code());
        agency.setName(view.name());
        agency.setShortName(view.shortName());
        agency.setParentCode(view.parentCode());
        agency.setKind(AgencyKind.fromValue(view.kind().name()));
        agency.setStatus(AgencyStatus.fromValue(view.status().name()));
        agency.setEmail(view.email());
        agency.setPhone(view.phone());
        agency.setAdministrativeUnitCode(view.administrativeUnitCode());
        agency.setCreatedAt(dateTime(view.createdAt()));
        agency.setUpdatedAt(dateTime(view.updatedAt()));
        return agency;
    }

    private static InformationSystem toWire(SystemView view) {
        InformationSystem system = new InformationSystem();
        system.setIdentifier(view.identifier());
        system.setAgencyCode(view.agencyCode());
        system.setSystemCode(view.systemCode());
        system.setName(view.name());
        system.setPurpose(view.purpose());
        system.setDataKind(view.dataKind().name());
        system.getBaseUrl().addAll(view.baseUrls());
        system.setSecurityLevel(view.securityLevel());
        system.setSecurityStatus(view.securityStatus().name());
        system.setConnectionStatus(view.connectionStatus().name());
        system.getBlocker().addAll(view.blockers());
        return system;
    }

    private static XMLGregorianCalendar dateTime(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(UTC);
        calendar.setTimeInMillis(instant.toEpochMilli());
        return DATATYPES.newXMLGregorianCalendar(calendar);
    }

    private static DatatypeFactory datatypes() {
        try {
            return DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
