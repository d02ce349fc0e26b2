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

    public Exchange(String protocol, String method) {
        this.protocol = protocol;
        this.method = method;
        this.xroadId = requestId;
    }

    public ExchangeRecord record(int status, String errorCode, long responseBytes, String responseSha256) {
        return new ExchangeRecord(received, xroadId, requestId, protocol, client, service, method, operation, userId, issue,
                status, errorCode, requestBytes, responseBytes, requestSha256, responseSha256, forwarded, Instant.now());
    }
}
