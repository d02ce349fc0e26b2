package vn.gov.haiphong.lgsp.ws.codelist;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;
import java.time.LocalDate;
import java.util.function.Supplier;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import vn.gov.haiphong.lgsp.codelist.boundary.CodeListViews;
import vn.gov.haiphong.lgsp.codelist.boundary.CodeLists;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.error.Messages;
import vn.gov.haiphong.lgsp.ws.codelist.v1.Attribute;
import vn.gov.haiphong.lgsp.ws.codelist.v1.CodeList;
import vn.gov.haiphong.lgsp.ws.codelist.v1.CodeListFault;
import vn.gov.haiphong.lgsp.ws.codelist.v1.CodeListPortType;
import vn.gov.haiphong.lgsp.ws.codelist.v1.GetChanges;
import vn.gov.haiphong.lgsp.ws.codelist.v1.GetChangesResponse;
import vn.gov.haiphong.lgsp.ws.codelist.v1.GetItem;
import vn.gov.haiphong.lgsp.ws.codelist.v1.GetItemResponse;
import vn.gov.haiphong.lgsp.ws.codelist.v1.GetItems;
import vn.gov.haiphong.lgsp.ws.codelist.v1.GetItemsResponse;
import vn.gov.haiphong.lgsp.ws.codelist.v1.Item;
import vn.gov.haiphong.lgsp.ws.codelist.v1.ListCodeLists;
import vn.gov.haiphong.lgsp.ws.codelist.v1.ListCodeListsResponse;
import vn.gov.haiphong.lgsp.ws.codelist.v1.Version;
import vn.gov.haiphong.lgsp.ws.common.SoapDataUse;
import vn.gov.haiphong.lgsp.ws.common.SoapFaults;

/**
 * CodeListService (WSDL-first, {@code WEB-INF/wsdl/CodeListService.wsdl}): the reads of
 * {@code /api/v1/code-lists}, served from the same cache, with the same errors as SOAP Faults. Any
 * authenticated caller (the request guard refuses everyone else).
 */
@HandlerChain(file = "handlers.xml")
@WebService(serviceName = "CodeListService", portName = "CodeListPort",
        targetNamespace = "http://lgsp.haiphong.gov.vn/ws/codelist/v1",
        endpointInterface = "vn.gov.haiphong.lgsp.ws.codelist.v1.CodeListPortType",
        wsdlLocation = "WEB-INF/wsdl/CodeListService.wsdl")
public class CodeListServiceEndpoint implements CodeListPortType {

    private static final DatatypeFactory DATATYPES = datatypes();

    @EJB
    CodeLists codeLists;

    @Resource
    WebServiceContext context;

    @Override
    public ListCodeListsResponse listCodeLists(ListCodeLists request) {
        SoapDataUse.reads(context, "code-lists");
        return answer(() -> {
            ListCodeListsResponse response = new ListCodeListsResponse();
            codeLists.lists().forEach(l -> response.getCodeList().add(toWire(l)));
            return response;
        });
    }

    @Override
    public GetItemsResponse getItems(GetItems request) {
        SoapDataUse.reads(context, "code-lists/" + request.getList());
        return answer(() -> {
            CodeListViews.ItemPage page = codeLists.items(request.getList(), request.getVersion(), request.getParentCode(),
                    request.getQuery(), PageRequest.of(request.getPage(), request.getSize()));
            GetItemsResponse response = new GetItemsResponse();
            response.setVersion(page.version());
            response.setTotalItems(page.totalItems());
            page.items().forEach(i -> response.getItem().add(toWire(i)));
            return response;
        });
    }

    @Override
    public GetItemResponse getItem(GetItem request) {
        SoapDataUse.reads(context, "code-lists/" + request.getList());
        return answer(() -> {
            GetItemResponse response = new GetItemResponse();
            response.setItem(toWire(codeLists.item(request.getList(), request.getCode(), request.getVersion())));
            return response;
        });
    }

    @Override
    public GetChangesResponse getChanges(GetChanges request) {
        SoapDataUse.reads(context, "code-lists/" + request.getList());
        return answer(() -> {
            CodeListViews.Changes changes = codeLists.changes(request.getList(), request.getFromVersion(),
                    request.getToVersion());
            GetChangesResponse response = new GetChangesResponse();
            changes.added().forEach(i -> response.getAdded().add(toWire(i)));
            response.getRemoved().addAll(changes.removed());
            changes.renamed().forEach(r -> {
                Item renamed = new Item();
                renamed.setCode(r.code());
                renamed.setName(r.newName());
                response.getRenamed().add(renamed);
            });
            changes.replaced().forEach(i -> response.getReplaced().add(toWire(i)));
            return response;
        });
    }

    private <T> T answer(Supplier<T> read) {
        return SoapFaults.answer(context, read, (e, language) -> {
            CodeListFault detail = new CodeListFault();
            detail.setCode(e.code().slug());
            detail.setType(e.code().type());
            detail.setTitle(Messages.title(language, e.code()));
            detail.setDetail(Messages.detail(language, e));
            return detail;
        });
    }

    private static CodeList toWire(CodeListViews.ListView view) {
        CodeList list = new CodeList();
        list.setCode(view.code());
        list.setNameVi(view.nameVi());
        list.setNameEn(view.nameEn());
        list.setOwnerAgencyCode(view.ownerAgencyCode());
        list.setLegalBasisNumber(view.legalBasisNumber());
        list.setLegalBasisDate(date(view.legalBasisDate()));
        list.setCurrentVersion(view.currentVersion());
        view.versions().forEach(v -> {
            Version version = new Version();
            version.setNumber(v.number());
            version.setStatus(v.status().name());
            version.setEffectiveFrom(date(v.effectiveFrom()));
            version.setItemCount(v.itemCount());
            list.getVersion().add(version);
        });
        return list;
    }

    private static Item toWire(CodeListViews.ItemView view) {
        Item item = new Item();
        item.setCode(view.code());
        item.setName(view.name());
        item.setParentCode(view.parentCode());
        item.setValidFrom(date(view.validFrom()));
        item.setValidTo(date(view.validTo()));
        item.getReplacedBy().addAll(view.replacedBy());
        item.setRetired(view.retired());
        if (view.attributes() instanceof JsonObject attributes) {
            attributes.forEach((name, value) -> {
                Attribute attribute = new Attribute();
                attribute.setName(name);
                attribute.setValue(value instanceof JsonString s ? s.getString() : value.toString());
                item.getAttribute().add(attribute);
            });
        }
        return item;
    }

    private static XMLGregorianCalendar date(LocalDate date) {
        return date == null ? null : DATATYPES.newXMLGregorianCalendar(date.toString());
    }

    private static DatatypeFactory datatypes() {
        try {
            return DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
