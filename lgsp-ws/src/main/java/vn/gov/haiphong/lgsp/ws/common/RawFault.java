package vn.gov.haiphong.lgsp.ws.common;

import vn.gov.haiphong.lgsp.common.error.ErrorCode;

/**
 * A SOAP 1.1 or 1.2 Fault written as text, for refusals made before any SOAP stack has parsed the
 * request (so no SAAJ message exists). Its detail names the platform's error code and type.
 */
public final class RawFault {

    static final String DETAIL_NS = "http://lgsp.haiphong.gov.vn/ws/fault/v1";

    private RawFault() {
    }

    /**
     * The HTTP status a fault travels with: 500 (WS-I Basic Profile R1126 — a client stack reads the fault of a 500,
     * and of a 401 or 429 reports only that the call failed); the error's own nature is in the fault's code and
     * detail. What is no SOAP message to read at all — too large, or not SOAP — keeps its HTTP refusal (413, 415).
     */
    public static int httpStatus(ErrorCode code) {
        return switch (code) {
            case PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE -> code.httpStatus();
            default -> 500;
        };
    }

    static String xml(boolean soap12, String lang, ErrorCode code, String title, String detail) {
        return xml(soap12, lang, code, title, detail, null);
    }

    /**
     * @param xroadCode an X-Road fault code ({@code Server.ServerProxy.AccessDenied}): the SOAP 1.1 faultcode
     *                  as X-Road writes it, and in SOAP 1.2 the subcode; null for the plain Client/Server codes
     */
    public static String xml(boolean soap12, String lang, ErrorCode code, String title, String detail, String xroadCode) {
        String text = escape(title + ": " + detail);
        String info = "<lgsp:error xmlns:lgsp=\"" + DETAIL_NS + "\"><lgsp:code>" + code.slug() + "</lgsp:code>"
                + "<lgsp:type>" + code.type() + "</lgsp:type><lgsp:title>" + escape(title) + "</lgsp:title>"
                + "<lgsp:detail>" + escape(detail) + "</lgsp:detail>"
                + (xroadCode == null ? "" : "<lgsp:xroadError>" + xroadCode + "</lgsp:xroadError>") + "</lgsp:error>";
        if (soap12) {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Body><env:Fault>"
                    + "<env:Code><env:Value>env:" + (code.callersFault() ? "Sender" : "Receiver") + "</env:Value>"
                    + (xroadCode == null ? "" : "<env:Subcode><env:Value xmlns:xrd=\"http://x-road.eu/xsd/xroad.xsd\">xrd:"
                    + xroadCode + "</env:Value></env:Subcode>") + "</env:Code>"
                    + "<env:Reason><env:Text xml:lang=\"" + lang + "\">" + text + "</env:Text></env:Reason>"
                    + "<env:Detail>" + info + "</env:Detail></env:Fault></env:Body></env:Envelope>";
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                + "<faultcode>" + (xroadCode != null ? xroadCode : "soap:" + (code.callersFault() ? "Client" : "Server"))
                + "</faultcode>"
                + "<faultstring>" + text + "</faultstring>"
                + "<detail>" + info + "</detail></soap:Fault></soap:Body></soap:Envelope>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
