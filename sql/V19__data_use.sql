-- Data use outside the gateway (sử dụng dữ liệu; Quy chế Đ.11.5): reads of the platform's own read API (REST
-- /api/v1/…) and of its SOAP registry and code-list services by systems, per caller, per resource, per minute.
-- Each node counts reads in memory and adds them here at least every minute and when it stops; every node writes
-- only its own rows. Beside the minute rows, hour and day rows are added in the same statement, so a question over
-- months reads days, as the exchange statistics do (exchange_stat). Day buckets start at midnight in
-- Asia/Ho_Chi_Minh. See docs/operations.md, "Data use outside the gateway".
CREATE TABLE data_use (
    span            varchar(6)   NOT NULL,
    bucket          timestamptz  NOT NULL,
    client          varchar(255) NOT NULL,
    resource        varchar(255) NOT NULL,
    protocol        varchar(4)   NOT NULL,
    node            varchar(64)  NOT NULL,
    consumer_agency varchar(35)  NOT NULL,
    reads           bigint       NOT NULL,
    bytes           bigint       NOT NULL,
    PRIMARY KEY (span, bucket, client, resource, protocol, node),
    CONSTRAINT data_use_span_ck CHECK (span IN ('MINUTE', 'HOUR', 'DAY')),
    CONSTRAINT data_use_protocol_ck CHECK (protocol IN ('REST', 'SOAP'))
);
COMMENT ON COLUMN data_use.client IS 'The reading system, VN/GOV/H24.10/his';
COMMENT ON COLUMN data_use.resource IS 'What was read: code-lists/{code}, code-lists, agencies, systems, services';
COMMENT ON COLUMN data_use.bytes IS 'Bytes of the answers sent (body)';
CREATE INDEX data_use_bucket_ix ON data_use (span, bucket);
CREATE INDEX data_use_consumer_agency_ix ON data_use (span, consumer_agency, bucket);
