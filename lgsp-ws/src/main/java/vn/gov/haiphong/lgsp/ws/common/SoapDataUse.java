package vn.gov.haiphong.lgsp.ws.common;

import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.http.DataUseTracking;
import vn.gov.haiphong.lgsp.monitoring.control.DataUseRecorder;

/**
 * Counts reads of the SOAP registry and code-list services by systems (Quy chế Đ.11.5): the request guard starts
 * tracking once it has authenticated the caller; the operation names what it reads ({@link #reads}), in the names the
 * REST read API uses ({@code agencies}, {@code systems}, {@code code-lists}, {@code code-lists/dan-toc}); an answer
 * that is no fault counts with the bytes sent. An operation that names nothing (the metadata service) is not counted.
 */
public final class SoapDataUse {

    static final String RESOURCE = SoapDataUse.class.getName() + ".resource";

    private SoapDataUse() {
    }

    /** Starts tracking the request being guarded (on its worker thread, where its servlet context is current). */
    static void track(Caller caller, DataUseRecorder recorder) {
        ServletRequestContext context = ServletRequestContext.current();
        DataUseTracking.track(context == null ? null : context.getExchange(), caller, DataUseRecorder.Protocol.SOAP,
                SoapDataUse::resource, recorder);
    }

    /** The operation being answered reads {@code resource}. */
    public static void reads(WebServiceContext context, String resource) {
        HttpServletRequest request = (HttpServletRequest) context.getMessageContext().get(MessageContext.SERVLET_REQUEST);
        if (request != null) {
            request.setAttribute(RESOURCE, resource.length() > 255 ? resource.substring(0, 255) : resource);
        }
    }

    private static String resource(HttpServerExchange exchange) {
        ServletRequestContext context = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
        Object resource = context == null ? null : context.getServletRequest().getAttribute(RESOURCE);
        return resource instanceof String name ? name : null;
    }
}
