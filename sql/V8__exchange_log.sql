-- Exchange log (nhật ký trao đổi; Quy chế Đ.11.5, Nghị định 47/2020 Đ.45, DESIGN §5): one row per
-- exchange through the gateway, success or failure, written before the response is released.
-- Tamper-evident: each node chains its rows (hash = SHA-256 over the previous hash and the row's
-- fields, see ExchangeRecord.canonical), numbered without gaps (node_seq), with the chain's head kept
-- in exchange_log_head so that a deleted last row shows too. Partitioned by month of received_at.

CREATE TABLE exchange_log (
    received_at     timestamptz  NOT NULL,
    node            varchar(64)  NOT NULL,
    node_seq        bigint       NOT NULL,
    xroad_id        varchar(128) NOT NULL,
    request_id      varchar(64)  NOT NULL,
    protocol        varchar(8)   NOT NULL,
    client          varchar(255),
    service         varchar(255),
    method          varchar(16),
    operation       text,
    user_id         varchar(255),
    issue           varchar(255),
    status          integer      NOT NULL,
    error_code      varchar(128),
    request_bytes   bigint       NOT NULL,
    response_bytes  bigint       NOT NULL,
    request_sha256  varchar(64),
    response_sha256 varchar(64),
    forwarded_at    timestamptz,
    answered_at     timestamptz  NOT NULL,
    prev_hash       varchar(64)  NOT NULL,
    hash            varchar(64)  NOT NULL,
    PRIMARY KEY (node, node_seq, received_at)
) PARTITION BY RANGE (received_at);
COMMENT ON COLUMN exchange_log.xroad_id IS 'X-Road-Id of the exchange (the client''s, or generated)';
COMMENT ON COLUMN exchange_log.error_code IS 'X-Road error code (Server.ClientProxy.AccessDenied, …) when it failed';

-- A month's partition; the platform creates the current and next month's at start and daily.
CREATE FUNCTION lgsp_exchange_log_partition(month date) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    first date := date_trunc('month', month)::date;
    name text := 'exchange_log_' || to_char(first, 'YYYY_MM');
BEGIN
    EXECUTE format('CREATE TABLE IF NOT EXISTS %I PARTITION OF exchange_log FOR VALUES FROM (%L) TO (%L)',
                   name, first, (first + interval '1 month')::date);
END $$;
SELECT lgsp_exchange_log_partition(current_date);
SELECT lgsp_exchange_log_partition((current_date + interval '1 month')::date);
-- Rows outside every monthly partition (clock far off) still land somewhere.
CREATE TABLE exchange_log_default PARTITION OF exchange_log DEFAULT;
CREATE INDEX exchange_log_xroad_id_ix ON exchange_log (xroad_id);
CREATE INDEX exchange_log_client_ix ON exchange_log (client, received_at);

CREATE TABLE exchange_log_head (
    node      varchar(64) PRIMARY KEY,
    last_seq  bigint      NOT NULL,
    last_hash varchar(64) NOT NULL
);
