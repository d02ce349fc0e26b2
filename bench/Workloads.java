import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The calls the proxy benchmarks send, each to the demo provider directly and through the LGSP: a REST read of
 * one land parcel (GET, a 170-byte JSON answer) and a 2 KiB SOAP call (traCuuKhaiSinh, X-Road 4.0 headers).
 */
final class Workloads {

    /** The land parcel on the provider (as mounted in WildFly, or behind a plain proxy in front of it). */
    static final String PARCEL = "/demo-provider/dat-dai/thua-dat/12/345?maXa=11311";
    /** The same parcel through the REST gateway, as the land information system's published service. */
    static final String PARCEL_VIA_GATEWAY = "/r1/VN/GOV/H24.06/dat-dai/tra-cuu-thua-dat/thua-dat/12/345?maXa=11311";
    /** The REST consumer: the Sở Y tế hospital information system (demo client). */
    static final String REST_CLIENT = "H24.10/his";
    static final String REST_CLIENT_SECRET = "demo-secret-his";
    static final String REST_CLIENT_HEADER = "VN/GOV/H24.10/his";

    /** The civil-status SOAP service on the provider. */
    static final String CIVIL_STATUS = "/demo-provider/ho-tich";
    static final String SOAP_GATEWAY = "/ws/gateway";
    /** The SOAP consumer: the commune one-stop shop, whose group may call traCuuKhaiSinh (demo data). */
    static final String SOAP_CLIENT = "H24.101/mot-cua";
    static final String SOAP_CLIENT_SECRET = "demo-secret-mot-cua";
    static final int SOAP_BYTES = 2048;

    private Workloads() {
    }

    /**
     * A traCuuKhaiSinh request of exactly {@code bytes} bytes (UTF-8): an XML comment inside the operation's element
     * fills it up (the gateway refuses comments between the envelope's parts).
     */
    static String soapEnvelope(int bytes) {
        String head = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:xrd=\"http://x-road.eu/xsd/xroad.xsd\" xmlns:id=\"http://x-road.eu/xsd/identifiers\"><soap:Header>"
                + "<xrd:client id:objectType=\"SUBSYSTEM\"><id:xRoadInstance>VN</id:xRoadInstance><id:memberClass>GOV"
                + "</id:memberClass><id:memberCode>H24.101</id:memberCode><id:subsystemCode>mot-cua</id:subsystemCode></xrd:client>"
                + "<xrd:service id:objectType=\"SERVICE\"><id:xRoadInstance>VN</id:xRoadInstance><id:memberClass>GOV"
                + "</id:memberClass><id:memberCode>H24.03</id:memberCode><id:subsystemCode>ho-tich</id:subsystemCode>"
                + "<id:serviceCode>tra-cuu-ho-tich</id:serviceCode></xrd:service><xrd:id>bench</xrd:id>"
                + "<xrd:protocolVersion>4.0</xrd:protocolVersion></soap:Header><soap:Body>"
                + "<ht:traCuuKhaiSinh xmlns:ht=\"http://hotich.stp.haiphong.gov.vn/v1\">";
        String tail = "<ht:soDinhDanh>031219000777</ht:soDinhDanh></ht:traCuuKhaiSinh></soap:Body></soap:Envelope>";
        int fill = bytes - head.length() - tail.length() - "<!--  -->".length();
        if (fill < 0) {
            throw new IllegalArgumentException("a SOAP request needs at least " + (bytes - fill) + " bytes");
        }
        String envelope = head + "<!-- " + "x".repeat(fill) + " -->" + tail;
        if (envelope.getBytes(StandardCharsets.UTF_8).length != bytes) {
            throw new IllegalStateException("the SOAP request is not " + bytes + " bytes long");
        }
        return envelope;
    }

    /** HTTP Basic credentials, as a legacy SOAP system sends them. */
    static String basic(String client, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
