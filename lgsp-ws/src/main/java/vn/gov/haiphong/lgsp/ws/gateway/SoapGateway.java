package vn.gov.haiphong.lgsp.ws.gateway;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.Language;
import vn.gov.haiphong.lgsp.common.error.Messages;
import vn.gov.haiphong.lgsp.ws.common.SoapErrorPage;
import vn.gov.haiphong.lgsp.ws.common.SoapGatewayPath;

/**
 * The SOAP gateway's address, {@code POST /ws/gateway}. Exchanges are normally answered by the edge
 * ({@link SoapEdgeExtension}) before they reach this servlet; it answers those that arrive here anyway, and a GET.
 */
@WebServlet(SoapGatewayPath.PATH)
public class SoapGateway extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SoapExchange exchange;

    /**
     * {@code GET /ws/gateway?wsdl} (what SOAP tools try first): the gateway has no contract of its own. A 404 Fault
     * that says where each service's WSDL is — getWsdl — rather than a bare "method not allowed".
     */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = Language.fromAcceptLanguage(request.getHeader("Accept-Language"));
        SoapErrorPage.send(response, HttpServletResponse.SC_NOT_FOUND, language, ErrorCode.GATEWAY_HAS_NO_WSDL,
                Messages.detail(language, ErrorCode.GATEWAY_HAS_NO_WSDL));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        exchange.exchange(request, response);
    }
}
