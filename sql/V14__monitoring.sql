-- Monitoring (giám sát; Quy chế Đ.9.3, Đ.10.1–10.2, Đ.11.5): exchange statistics kept as rollups, provider probes and
-- their results, alerts, and the jobs that run them once per cluster. See docs/operations.md.

-- Exchange statistics (thống kê trao đổi), written by the exchange log's writer in each batch's own transaction, so a
-- figure never counts an exchange the log does not hold. One row per span (MINUTE, HOUR, DAY — months are summed
-- from days at query time) × bucket start × service × consumer system × node: every node writes only its own rows,
-- with one writer, so a row's latency sketch is read, merged and written back without racing another node.
-- Services and consumers that are not registered fold into '-' (a caller cannot grow the table with made-up names).
-- Beside the rows per consumer, each service has rows for every consumer together (client and consumer_agency '*'):
-- a question that is not about consumers reads those — a tenth of the rows or less.
-- Day buckets start at midnight in Asia/Ho_Chi_Minh; minute and hour buckets are the same in UTC and in Vietnam.
CREATE TABLE exchange_stat (
    span             varchar(6)   NOT NULL,
    bucket           timestamptz  NOT NULL,
    service          varchar(255) NOT NULL,
    client           varchar(255) NOT NULL,
    node             varchar(64)  NOT NULL,
    provider_agency  varchar(35)  NOT NULL,
    consumer_agency  varchar(35)  NOT NULL,
    exchanges        bigint       NOT NULL,
    failures         bigint       NOT NULL,
    errors           jsonb        NOT NULL,
    request_bytes    bigint       NOT NULL,
    response_bytes   bigint       NOT NULL,
    latency          bytea        NOT NULL,
    provider_latency bytea        NOT NULL,
    PRIMARY KEY (span, bucket, service, client, node),
    CONSTRAINT exchange_stat_span_ck CHECK (span IN ('MINUTE', 'HOUR', 'DAY'))
);
COMMENT ON COLUMN exchange_stat.service IS 'X-Road service without version, VN/GOV/H24.06/dat-dai/tra-cuu-thua-dat; - when not registered';
COMMENT ON COLUMN exchange_stat.client IS 'Consumer system, VN/GOV/H24.10/his; - when not registered or not known; * every consumer';
COMMENT ON COLUMN exchange_stat.errors IS 'Failed exchanges by X-Road error code, {"Server.ServerProxy.ServiceFailed": 3}';
COMMENT ON COLUMN exchange_stat.latency IS 'HdrHistogram (compressed) of received → answered, microseconds';
COMMENT ON COLUMN exchange_stat.provider_latency IS 'HdrHistogram (compressed) of forwarded → answered, microseconds';
CREATE INDEX exchange_stat_every_consumer_ix ON exchange_stat (span, bucket) WHERE client = '*';
CREATE INDEX exchange_stat_service_ix ON exchange_stat (span, service, bucket);
CREATE INDEX exchange_stat_client_ix ON exchange_stat (span, client, bucket);
CREATE INDEX exchange_stat_provider_agency_ix ON exchange_stat (span, provider_agency, bucket);
CREATE INDEX exchange_stat_consumer_agency_ix ON exchange_stat (span, consumer_agency, bucket);

-- A service's active probe (thăm dò): what to call and how often. Without one, the gateway's own traffic is the
-- passive probe (the status board reads the last minutes' statistics).
CREATE TABLE service_probe (
    service_id       bigint        PRIMARY KEY REFERENCES service (id),
    interval_seconds integer       NOT NULL,
    timeout_ms       integer       NOT NULL,
    http_path        varchar(1024),
    soap_action      varchar(255),
    soap_body        text,
    slow_ms          integer       NOT NULL,
    updated_by       varchar(255)  NOT NULL,
    updated_at       timestamptz   NOT NULL,
    version          integer       NOT NULL DEFAULT 0,
    CONSTRAINT service_probe_interval_ck CHECK (interval_seconds BETWEEN 1 AND 86400),
    CONSTRAINT service_probe_timeout_ck CHECK (timeout_ms BETWEEN 100 AND 60000),
    CONSTRAINT service_probe_what_ck CHECK ((http_path IS NULL) <> (soap_body IS NULL)),
    CONSTRAINT service_probe_path_ck CHECK (http_path IS NULL OR http_path ~ '^/'),
    CONSTRAINT service_probe_slow_ck CHECK (slow_ms BETWEEN 1 AND 60000)
);

-- Each probe's outcome, kept as a time series (retention: lgsp.monitoring.probe-retention-days). slot: when the run
-- was due (its monitor_job due_at) — one result per slot is what "once per interval in the cluster" means.
CREATE TABLE probe_result (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    service_id  bigint       NOT NULL REFERENCES service (id),
    probed_at   timestamptz  NOT NULL,
    slot        timestamptz  NOT NULL,
    state       varchar(8)   NOT NULL,
    latency_ms  integer,
    http_status integer,
    error       varchar(500),
    node        varchar(64)  NOT NULL,
    CONSTRAINT probe_result_state_ck CHECK (state IN ('UP', 'DEGRADED', 'DOWN'))
);
CREATE INDEX probe_result_service_ix ON probe_result (service_id, probed_at DESC);
CREATE INDEX probe_result_time_ix ON probe_result (probed_at);

-- Work that runs once per cluster: each node's scheduler claims due rows with FOR UPDATE SKIP LOCKED, runs the job
-- while it holds the row, and moves due_at past now before it commits — so a job runs once per interval whichever
-- node, or however many schedulers, reach it.
CREATE TABLE monitor_job (
    name             varchar(128) PRIMARY KEY,
    due_at           timestamptz  NOT NULL,
    interval_seconds integer      NOT NULL CHECK (interval_seconds >= 1),
    last_run_at      timestamptz,
    last_run_by      varchar(64),
    runs             bigint       NOT NULL DEFAULT 0
);
CREATE INDEX monitor_job_due_ix ON monitor_job (due_at);

-- Alerts (cảnh báo): firing → acknowledged → resolved. At most one open alert per rule and subject (the unique
-- index), so a condition that persists never raises a second one.
CREATE TABLE alert (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    rule            varchar(32)  NOT NULL,
    subject         varchar(255) NOT NULL,
    service_id      bigint       REFERENCES service (id),
    provider_agency varchar(35),
    state           varchar(12)  NOT NULL,
    severity        varchar(8)   NOT NULL,
    detail          text         NOT NULL,
    fired_at        timestamptz  NOT NULL,
    last_seen_at    timestamptz  NOT NULL,
    clear_since     timestamptz,
    acknowledged_at timestamptz,
    acknowledged_by varchar(255),
    resolved_at     timestamptz,
    version         integer      NOT NULL DEFAULT 0,
    CONSTRAINT alert_state_ck CHECK (state IN ('FIRING', 'ACKNOWLEDGED', 'RESOLVED')),
    CONSTRAINT alert_resolved_ck CHECK ((state = 'RESOLVED') = (resolved_at IS NOT NULL)),
    CONSTRAINT alert_severity_ck CHECK (severity IN ('WARNING', 'CRITICAL'))
);
CREATE UNIQUE INDEX alert_open_ux ON alert (rule, subject) WHERE resolved_at IS NULL;
CREATE INDEX alert_fired_ix ON alert (fired_at DESC);
