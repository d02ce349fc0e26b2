package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.gov.haiphong.lgsp.client.ClientCredentials;
import vn.gov.haiphong.lgsp.client.LgspRest;
import vn.gov.haiphong.lgsp.client.rest.ApiClient;
import vn.gov.haiphong.lgsp.client.rest.ApiException;
import vn.gov.haiphong.lgsp.client.rest.api.CodeListsAdminApi;
import vn.gov.haiphong.lgsp.client.rest.api.CodeListsApi;
import vn.gov.haiphong.lgsp.client.rest.api.RegistryApi;
import vn.gov.haiphong.lgsp.client.rest.model.AttributeSpec;
import vn.gov.haiphong.lgsp.client.rest.model.CodeListDraft;
import vn.gov.haiphong.lgsp.client.rest.model.ItemPage;
import vn.gov.haiphong.lgsp.client.rest.model.PageJsonListView;
import vn.gov.haiphong.lgsp.client.rest.model.VersionView;
import vn.gov.haiphong.lgsp.client.soap.LgspSoap;
import vn.gov.haiphong.lgsp.client.soap.XRoadHeaders;
import vn.gov.haiphong.lgsp.client.soap.codelist.CodeList;
import vn.gov.haiphong.lgsp.client.soap.codelist.ListCodeLists;
import vn.gov.haiphong.lgsp.client.soap.registry.GetAgency;
import vn.gov.haiphong.lgsp.it.client.hotich.HoTichPort;
import vn.gov.haiphong.lgsp.it.client.hotich.HoTichService;
import vn.gov.haiphong.lgsp.it.client.hotich.TraCuuKhaiSinh;

/**
 * The client libraries integrators get ({@code lgsp-client}), used as their README shows: the REST client generated
 * by openapi-generator from the served document, for reads and admin calls, with a token it fetches itself; and the
 * Metro SOAP client for the platform's services and, with the X-Road headers, through the gateway.
 */
@ExtendWith(ArquillianExtension.class)
class ClientLibrariesIT {

    private static final ClientCredentials HIS = new ClientCredentials(Tokens.REALM, "H24.10/his", "demo-secret-his");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theGeneratedRestClientReads() throws ApiException {
        ApiClient lgsp = LgspRest.client(Http.BASE, HIS);
        assertEquals("Sở Y tế", new RegistryApi(lgsp).getAgency("H24.10").getName());

        CodeListsApi codeLists = new CodeListsApi(lgsp);
        PageJsonListView lists = codeLists.listCodeLists(0, 1);
        assertEquals(1, lists.getItems().size());
        assertEquals(lists.getTotalItems(), lists.getTotalPages());
        ItemPage kinh = codeLists.listCodeListItems("dan-toc", 0, null, "kinh", 20, null);
        assertEquals("Kinh", kinh.getItems().get(0).getName());
        assertEquals(1L, kinh.getTotalPages());

        ApiException refused = assertThrows(ApiException.class, () -> codeLists.getCodeList("khong-co-danh-muc"));
        assertEquals(404, refused.getCode());
        assertTrue(refused.getResponseBody().contains("code-list-not-found"), refused.getResponseBody());
    }

    @Test
    void theGeneratedRestClientAdministers() throws ApiException {
        ApiClient operator = LgspRest.client(Http.BASE, () -> "Bearer " + Tokens.of(Tokens.OPERATOR));
        CodeListsAdminApi admin = new CodeListsAdminApi(operator);
        String code = "thu-vien-" + UUID.randomUUID().toString().substring(0, 8);
        admin.defineCodeList(new CodeListDraft().code(code).nameVi("Danh mục của thư viện").ownerAgencyCode("H24.02")
                .attributes(List.of(new AttributeSpec().name("level").type("integer").required(false))));
        VersionView draft = admin.importCodeListDraft(code, LocalDate.parse("2026-07-01"),
                "code,name,level\nA,Một,1\nB,Hai,2\n");
        assertEquals(2, draft.getItemCount());
        assertEquals(2L, admin.listCodeListDraftItems(code, 0, null, null, 20).getTotalItems());
        assertEquals(2, admin.getCodeListDraftChanges(code).getAdded().size());
        admin.discardCodeListDraft(code);
        assertEquals(404, assertThrows(ApiException.class, () -> admin.getCodeListDraft(code)).getCode());

        ApiException refused = assertThrows(ApiException.class, () -> new CodeListsAdminApi(LgspRest.client(Http.BASE, HIS))
                .discardCodeListDraft(code));
        assertEquals(403, refused.getCode(), "a system is no operator");
    }

    @Test
    void theMetroClientCallsTheServicesAndTheGateway() throws Exception {
        LgspSoap soap = new LgspSoap(Http.BASE, HIS);
        GetAgency agency = new GetAgency();
        agency.setCode("H24.10");
        assertEquals("Sở Y tế", soap.registry().getAgency(agency).getAgency().getName());
        List<String> lists = soap.codeLists().listCodeLists(new ListCodeLists()).getCodeList().stream()
                .map(CodeList::getCode).toList();
        assertTrue(lists.contains("dan-toc"), lists.toString());

        // As the README shows: through the gateway to a provider's service the one-stop shop's group may call (a
        // legacy system's HTTP Basic there is ContractsIT's CXF client's).
        ClientCredentials motCua = new ClientCredentials(Tokens.REALM, "H24.101/mot-cua", "demo-secret-mot-cua");
        XRoadHeaders headers = new XRoadHeaders("H24.101/mot-cua", "H24.03/ho-tich/tra-cuu-ho-tich")
                .userId("VN-CCCD-031080000123");
        HoTichPort hoTich = new LgspSoap(Http.BASE, motCua).throughGateway(new HoTichService().getHoTichPort(), headers);
        TraCuuKhaiSinh ask = new TraCuuKhaiSinh();
        ask.setSoDinhDanh("031219000777");
        assertEquals("Trần Thị Bình", hoTich.traCuuKhaiSinh(ask).getHoTen());
        assertEquals("tra-cuu-ho-tich", headers.echoed().get("service.serviceCode"));
        assertEquals(1L, Database.queryLong(Database.NAME, "SELECT count(*) FROM exchange_log WHERE xroad_id = '"
                + headers.echoed().get("id") + "' AND user_id = 'VN-CCCD-031080000123'"));
    }
}
