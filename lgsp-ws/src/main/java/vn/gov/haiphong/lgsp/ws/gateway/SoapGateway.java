package vn.gov.haiphong.lgsp.ws.gateway;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.gov.haiphong.lgsp.ws.common.SoapGatewayPath;

/**
 * The SOAP gateway's address, {@code POST /ws/gateway}. Exchanges are normally answered by the edge
 * ({@link SoapEdgeExtension}) before they reach this servlet; it answers those that arrive here anyway.
 */
@WebServlet(SoapGatewayPath.PATH)
public class SoapGateway extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SoapExchange exchange;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        exchange.exchange(request, response);
    }
}
