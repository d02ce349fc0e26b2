package vn.gov.haiphong.lgsp.web.gateway;

import java.time.Instant;
import java.util.UUID;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeRecord;

/** What one exchange has gathered so far for its log record, filled in step by step. */
final class Exchange {

    final Instant received = Instant.now();
    final String requestId = UUID.randomUUID().toString();
    final String method;
    String xroadId;
    String client;
    String service;
    String operation;
    String userId;
    String issue;
    long requestBytes;
    String requestSha256;
    Instant forwarded;

    Exchange(String method) {
        this.method = method;
        this.xroadId = requestId;
    }

    ExchangeRecord record(int status, String errorCode, long responseBytes, String responseSha256) {
        return new ExchangeRecord(received, xroadId, requestId, "REST", client, service, method, operation, userId, issue,
                status, errorCode, requestBytes, responseBytes, requestSha256, responseSha256, forwarded, Instant.now());
    }
}
