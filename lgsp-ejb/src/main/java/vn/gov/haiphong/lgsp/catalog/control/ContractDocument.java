package vn.gov.haiphong.lgsp.catalog.control;

/**
 * One document of a contract exactly as received: the OpenAPI document, the WSDL, or an XSD it imports.
 *
 * @param name      the file name (or the import location as written, for fetched imports)
 * @param mediaType what it is served as
 * @param content   the bytes, unchanged
 */
public record ContractDocument(String name, String mediaType, byte[] content) {

    public ContractDocument {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }
}
