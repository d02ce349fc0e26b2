package vn.gov.haiphong.lgsp.catalog.control;

import java.util.List;

/**
 * What the platform read from a contract: its operations and the provider address it names, with the
 * documents to keep (the main one first).
 */
public record ParsedContract(List<Operation> operations, String declaredProviderUrl, List<ContractDocument> documents) {

    /**
     * @param code   OpenAPI operationId (or "METHOD /path" without one), or the WSDL operation name
     * @param method REST only: GET, POST, …
     * @param path   REST only: the path template, {@code /parcels/{id}}
     */
    public record Operation(String code, String method, String path, String summary) {
    }

    public ParsedContract {
        operations = List.copyOf(operations);
        documents = List.copyOf(documents);
    }
}
