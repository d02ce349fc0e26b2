package vn.gov.haiphong.lgsp.gateway.control;

import java.time.Instant;
import java.util.UUID;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeRecord;

/**
 * What one exchange has gathered so far for its record, filled in by the {@link ExchangePipeline}'s stages in
 * order and private to it; fronts see only its {@link #ids()}.
 */
final class Exchange {

    final Instant received;
    final String requestId = UUID.randomUUID().toString();
    final String protocol;
    final String method;
    String xroadId = requestId;
    String client;
    String service;
    String operation;
    String userId;
    String issue;
    boolean keepBodies;
    Instant forwarded;
    /** The call as its service's declared conversion carries it; null: passed through as it came. */
    ConvertedCall converted;
    private long requestBytes;
    private String requestSha256;
    private byte[] requestBody;

    Exchange(String protocol, String method, Instant received) {
        this.protocol = protocol;
        this.method = method;
        this.received = received;
    }

    /** What the caller asked, as its front read it. */
    void asked(ExchangeRequest asked) {
        if (asked.xroadId() != null) {
            xroadId = asked.xroadId();
        }
        userId = asked.userId();
        issue = asked.issue();
        service = asked.service();
        operation = asked.operation();
    }

    ExchangeIds ids() {
        return new ExchangeIds(xroadId, requestId, client, service, userId, issue);
    }

    /** The request as it went to the provider: its length, SHA-256 and kept bytes. */
    void request(BodyDigest digest) {
        requestBytes = digest.bytes();
        requestSha256 = digest.sha256Hex();
        requestBody = digest.kept();
    }

    /** The record of an answered exchange ({@code response} null: none was relayed). */
    ExchangeRecord record(int status, String errorCode, BodyDigest response, Instant answered) {
        return new ExchangeRecord(received, xroadId, requestId, protocol, client, service, method, operation, userId, issue,
                status, errorCode, requestBytes, response == null ? 0 : response.bytes(),
                requestSha256, response == null ? null : response.sha256Hex(), forwarded, answered, requestBody,
                response == null ? null : response.kept());
    }
}
