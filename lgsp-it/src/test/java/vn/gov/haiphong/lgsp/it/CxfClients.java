package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Holder;
import jakarta.xml.ws.handler.Handler;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.datatype.XMLGregorianCalendar;
import org.apache.cxf.frontend.ClientProxy;
import org.w3c.dom.Node;
import vn.gov.haiphong.lgsp.client.soap.XRoadHeaders;
import vn.gov.haiphong.lgsp.it.cxf.codelist.CodeList;
import vn.gov.haiphong.lgsp.it.cxf.codelist.CodeListPortType;
import vn.gov.haiphong.lgsp.it.cxf.codelist.CodeListService;
import vn.gov.haiphong.lgsp.it.cxf.codelist.Item;
import vn.gov.haiphong.lgsp.it.cxf.hotich.HoTichPort;
import vn.gov.haiphong.lgsp.it.cxf.hotich.HoTichService;
import vn.gov.haiphong.lgsp.it.cxf.meta.MetaPortType;
import vn.gov.haiphong.lgsp.it.cxf.meta.MetaService;
import vn.gov.haiphong.lgsp.it.cxf.meta.Service;
import vn.gov.haiphong.lgsp.it.cxf.meta.SystemRef;
import vn.gov.haiphong.lgsp.it.cxf.registry.RegistryFault_Exception;
import vn.gov.haiphong.lgsp.it.cxf.registry.RegistryPortType;
import vn.gov.haiphong.lgsp.it.cxf.registry.RegistryService;

/**
 * The clients Apache CXF's wsdl2java generates with its defaults (wrapper style, no customisation) from the
 * published WSDLs and a provider's contract, calling the running platform on CXF's own JAX-WS runtime. Metro and CXF
 * are both JAX-WS implementations, so the calls run in a JVM of their own ({@link #call}): the tests' class path
 * without Metro, plus CXF's runtime, which the failsafe plugin keeps off the tests' class path. What each call
 * answered is printed as {@code key=value} lines for the test to assert.
 */
final class CxfClients {

    private CxfClients() {
    }

    /**
     * Runs {@link #main} in a JVM of its own and returns what it printed.
     *
     * @param system  the {@code Authorization} of the calls to the platform's services (a system's bearer token)
     * @param legacy  the {@code Authorization} of the call through the gateway (a legacy system's HTTP Basic)
     */
    static Map<String, String> call(String base, String system, String legacy) throws Exception {
        String classPath = System.getProperty("it.cxf.runtime") + File.pathSeparator
                + Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                        .filter(entry -> !entry.contains(File.separator + Path.of("com", "sun", "xml", "ws") + File.separator))
                        .collect(Collectors.joining(File.pathSeparator));
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, CxfClients.class.getName(), base, system, legacy).redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, run.waitFor(), output);
        Map<String, String> answers = new LinkedHashMap<>();
        output.lines().filter(line -> line.startsWith("cxf.")).forEach(line -> {
            int equals = line.indexOf('=');
            answers.put(line.substring(4, equals), line.substring(equals + 1));
        });
        return answers;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        RegistryPortType registry = at(new RegistryService().getRegistryPort(), base + "/ws/RegistryService", args[1]);
        print("provider", jakarta.xml.ws.spi.Provider.provider().getClass().getName());
        print("client", ClientProxy.getClient(registry).getClass().getName());
        print("agency", registry.getAgency("H24.10").getName());
        try {
            registry.getAgency("H24.99");
            print("unknownAgency", "answered");
        } catch (RegistryFault_Exception fault) {
            print("unknownAgency", fault.getFaultInfo().getCode());
        }
        try {
            at(new RegistryService().getRegistryPort(), base + "/ws/RegistryService", "Basic "
                    + java.util.Base64.getEncoder().encodeToString("H24.10/his:not-its-secret".getBytes(StandardCharsets.UTF_8)))
                    .getAgency("H24.10");
            print("wrongSecret", "answered");
        } catch (SOAPFaultException fault) {
            print("wrongSecret", detailCode(fault));
        }

        CodeListPortType codeLists = at(new CodeListService().getCodeListPort(), base + "/ws/CodeListService", args[1]);
        print("codeLists", codeLists.listCodeLists().stream().map(CodeList::getCode).sorted().toList().toString());
        Holder<List<Item>> items = new Holder<>();
        codeLists.getItems("dan-toc", new Holder<>(), null, "kinh", 0, 20, new Holder<>(), items);
        print("kinh", items.value.get(0).getName());

        MetaPortType meta = at(new MetaService().getMetaPort(), base + "/ws/MetaService", args[1]);
        SystemRef hoTich = new SystemRef();
        hoTich.setAgencyCode("H24.03");
        hoTich.setSystemCode("ho-tich");
        print("methods", meta.listMethods(hoTich).stream().map(Service::getServiceCode).sorted().toList().toString());
        String wsdl = new String(meta.getWsdl(hoTich, "tra-cuu-ho-tich", null).getContent(), StandardCharsets.UTF_8);
        print("wsdlDefinesTheRequest", Boolean.toString(wsdl.contains("soDinhDanh")));

        throughGateway(base, args[2]);
    }

    /** A provider's service through the gateway, with the X-Road headers of the client library ({@link XRoadHeaders}). */
    private static void throughGateway(String base, String legacy) {
        HoTichPort port = at(new HoTichService().getHoTichPort(), base + "/ws/gateway", legacy);
        XRoadHeaders headers = new XRoadHeaders("H24.101/mot-cua", "H24.03/ho-tich/tra-cuu-ho-tich")
                .userId("VN-CCCD-031080000123");
        BindingProvider binding = (BindingProvider) port;
        @SuppressWarnings("rawtypes")
        List<Handler> chain = new ArrayList<>(binding.getBinding().getHandlerChain());
        chain.add(headers);
        binding.getBinding().setHandlerChain(chain);
        Holder<String> name = new Holder<>();
        port.traCuuKhaiSinh("031219000777", name, new Holder<XMLGregorianCalendar>(), new Holder<>());
        print("hoTen", name.value);
        print("xroadId", headers.echoed().get("id"));
        print("echoedService", headers.echoed().get("service.serviceCode"));
    }

    /** The {@code lgsp:code} in a fault's detail. */
    private static String detailCode(SOAPFaultException fault) {
        String code = codeIn(fault.getFault());
        return code != null ? code : "no code: " + fault.getFault().getFaultString();
    }

    private static String codeIn(Node node) {
        if ("code".equals(node.getLocalName())) {
            return node.getTextContent();
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            String code = codeIn(child);
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    private static <P> P at(P port, String address, String authorization) {
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, address);
        context.put(MessageContext.HTTP_REQUEST_HEADERS, new HashMap<>(Map.of("Authorization", List.of(authorization),
                "Accept-Language", List.of("en"))));
        return port;
    }

    private static void print(String key, String value) {
        System.out.println("cxf." + key + "=" + value);
    }
}
