package vn.gov.haiphong.lgsp.catalog.boundary;

import java.util.Map;

/**
 * The contract a provider registers a service with: its text ({@code document}) or its address
 * ({@code url}), not both. A WSDL comes with the XSDs it imports in {@code schemas} (file name → text),
 * unless it is fetched, when its imports are fetched from the same host.
 *
 * @param type OPENAPI (REST) or WSDL (SOAP)
 */
public record ContractDraft(String type, String document, String url, Map<String, String> schemas) {

    public enum Type { OPENAPI, WSDL }
}
