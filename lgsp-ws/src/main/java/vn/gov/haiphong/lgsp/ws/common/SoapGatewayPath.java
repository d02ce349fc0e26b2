package vn.gov.haiphong.lgsp.ws.common;

import jakarta.servlet.http.HttpServletRequest;

/** The SOAP gateway's address: it streams and guards itself, so the SOAP services' guard stands aside. */
public final class SoapGatewayPath {

    public static final String PATH = "/gateway";

    private SoapGatewayPath() {
    }

    static boolean is(HttpServletRequest request) {
        return PATH.equals(request.getServletPath());
    }
}
