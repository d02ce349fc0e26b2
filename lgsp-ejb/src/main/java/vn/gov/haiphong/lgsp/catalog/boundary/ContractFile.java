package vn.gov.haiphong.lgsp.catalog.boundary;

/** A stored contract document to serve: exactly the bytes received, with their hash for the ETag. */
public record ContractFile(String name, String mediaType, byte[] content, String sha256) {
}
