package vn.gov.haiphong.lgsp.gateway.control;

import java.time.Instant;
import java.util.UUID;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeRecord;

/** What one exchange (REST or SOAP) has gathered so far for its log record, filled in step by step. */
public final class Exchange {

    public final Instant received = Instant.now();
    public final String requestId = UUID.randomUUID().toString();
    public final String protocol;
    public final String method;
    public String xroadId;
    public String client;
    public String service;
    public String operation;
    public String userId;
    public String issue;
    public long requestBytes;
    public String requestSha256;
    public Instant forwarded;
    /** Whether the service keeps its exchanges' bodies (set when the call is admitted). */
    public boolean keepBodies;
    public byte[] requestBody;

    public Exchange(String protocol, String method) {
        this.protocol = protocol;
        this.method = method;
        this.xroadId = requestId;
    }

    /** The request as it went to the provider: its length, SHA-256 and kept bytes. */
    public void request(BodyDigest digest) {
        requestBytes = digest.bytes();
        requestSha256 = digest.sha256Hex();
        requestBody = digest.kept();
    }

    /** The record of an answered exchange ({@code response} null: none was relayed). */
    public ExchangeRecord record(int status, String errorCode, BodyDigest response) {
        return new ExchangeRecord(received, xroadId, requestId, protocol, client, service, method, operation, userId, issue,
                status, errorCode, requestBytes, response == null ? 0 : response.bytes(),
                requestSha256, response == null ? null : response.sha256Hex(), forwarded, Instant.now(), requestBody,
                response == null ? null : response.kept());
    }
}
