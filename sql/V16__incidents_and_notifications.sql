-- Incidents (sự cố, Quy chế Đ.10) and the notification outbox (Đ.9.7, Đ.10.5f, Đ.14.2).
--
-- An incident moves DETECTED → ISOLATED → DIAGNOSED → RESOLVED → CLOSED, or to ESCALATED (handed to the authority,
-- Đ.10.5e); the allowed steps are the application's (IncidentState). Every step and every note is a row of
-- incident_log (nhật ký sự cố, Đ.10.5d), numbered per incident and append-only like admin_audit: a trigger refuses
-- UPDATE, DELETE and TRUNCATE.

CREATE TABLE incident (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title            text         NOT NULL,
    description      text,
    notice_vi        text         NOT NULL,
    notice_en        text,
    severity         varchar(16)  NOT NULL,
    category         varchar(16)  NOT NULL,
    data_affected    boolean      NOT NULL,
    state            varchar(16)  NOT NULL,
    -- What opened it automatically (an alert's key): one open incident per firing alert.
    source           varchar(128),
    detected_at      timestamptz  NOT NULL,
    opened_by        varchar(255) NOT NULL,
    expected_fix_at  timestamptz,
    backup_ref       text,
    report_cause     text,
    report_impact    text,
    report_actions   text,
    reported_by      varchar(255),
    reported_at      timestamptz,
    closed_at        timestamptz,
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    version          integer      NOT NULL DEFAULT 0,
    CONSTRAINT incident_title_ck CHECK (btrim(title) <> ''),
    CONSTRAINT incident_notice_ck CHECK (btrim(notice_vi) <> ''),
    CONSTRAINT incident_severity_ck CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    CONSTRAINT incident_category_ck CHECK (category IN ('AVAILABILITY', 'PERFORMANCE', 'SECURITY', 'DATA',
                                                        'CONNECTIVITY', 'OTHER')),
    CONSTRAINT incident_state_ck CHECK (state IN ('DETECTED', 'ISOLATED', 'DIAGNOSED', 'RESOLVED', 'CLOSED',
                                                  'ESCALATED'))
);
COMMENT ON TABLE incident IS 'Sự cố (Quy chế Đ.10): mức độ, loại, đối tượng bị ảnh hưởng, trạng thái xử lý';
CREATE UNIQUE INDEX incident_open_source_ux ON incident (source) WHERE source IS NOT NULL AND state NOT IN ('RESOLVED', 'CLOSED');
CREATE INDEX incident_state_ix ON incident (state, detected_at DESC);

-- What it affects. The agencies are those named, the owners of the named services and systems, and the consumers
-- holding rights to the named services when it was opened: who is told, and which agency admins may read it.
CREATE TABLE incident_service (
    incident_id bigint NOT NULL REFERENCES incident (id),
    service_id  bigint NOT NULL REFERENCES service (id),
    PRIMARY KEY (incident_id, service_id)
);
CREATE TABLE incident_system (
    incident_id bigint NOT NULL REFERENCES incident (id),
    system_id   bigint NOT NULL REFERENCES information_system (id),
    PRIMARY KEY (incident_id, system_id)
);
CREATE TABLE incident_agency (
    incident_id bigint NOT NULL REFERENCES incident (id),
    agency_id   bigint NOT NULL REFERENCES agency (id),
    PRIMARY KEY (incident_id, agency_id)
);
CREATE INDEX incident_agency_agency_ix ON incident_agency (agency_id);

-- Isolation (cô lập, Đ.10.4): a service or a system suspended from the incident; lifted later, by the same record.
CREATE TABLE incident_isolation (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id bigint       NOT NULL REFERENCES incident (id),
    service_id  bigint REFERENCES service (id),
    system_id   bigint REFERENCES information_system (id),
    isolated_at timestamptz  NOT NULL,
    isolated_by varchar(255) NOT NULL,
    lifted_at   timestamptz,
    lifted_by   varchar(255),
    CONSTRAINT incident_isolation_target_ck CHECK ((service_id IS NULL) <> (system_id IS NULL))
);
CREATE INDEX incident_isolation_incident_ix ON incident_isolation (incident_id);

CREATE TABLE incident_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id bigint       NOT NULL REFERENCES incident (id),
    seq         integer      NOT NULL,
    occurred_at timestamptz  NOT NULL,
    actor_name  varchar(255) NOT NULL,
    actor_role  varchar(32)  NOT NULL,
    kind        varchar(16)  NOT NULL,
    from_state  varchar(16),
    to_state    varchar(16),
    text        text,
    CONSTRAINT incident_log_seq_uk UNIQUE (incident_id, seq),
    CONSTRAINT incident_log_kind_ck CHECK (kind IN ('OPENED', 'TRANSITION', 'NOTE', 'ISOLATE', 'LIFT', 'ETA',
                                                    'BACKUP', 'REPORT'))
);
COMMENT ON TABLE incident_log IS 'Nhật ký sự cố (Quy chế Đ.10.5d): ai, khi nào, làm gì, theo thứ tự; chỉ thêm';

CREATE FUNCTION incident_log_append_only() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'incident_log is append-only (% refused)', TG_OP;
END
$$;
CREATE TRIGGER incident_log_append_only
    BEFORE UPDATE OR DELETE ON incident_log
    FOR EACH ROW EXECUTE FUNCTION incident_log_append_only();
CREATE TRIGGER incident_log_no_truncate
    BEFORE TRUNCATE ON incident_log
    FOR EACH STATEMENT EXECUTE FUNCTION incident_log_append_only();

-- The outbox: one row per message and recipient, written in the transaction of its cause. Senders on every node
-- claim due rows with FOR UPDATE SKIP LOCKED, so each is sent by one of them; every attempt is kept.
CREATE TABLE notification (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind            varchar(32)  NOT NULL,
    -- What it is about, e.g. incident/12, maintenance/5.
    about           varchar(128) NOT NULL,
    -- Whose it is: an agency admin reads their agency's; NULL for the operator's and the authority's.
    agency_code     varchar(35),
    -- NULL when the party has no contact: kept as UNDELIVERABLE for the operator to see.
    recipient       citext,
    subject         text         NOT NULL,
    body            text         NOT NULL,
    status          varchar(16)  NOT NULL,
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL,
    last_error      text,
    created_at      timestamptz  NOT NULL,
    sent_at         timestamptz,
    CONSTRAINT notification_status_ck CHECK (status IN ('PENDING', 'SENT', 'UNDELIVERABLE')),
    CONSTRAINT notification_recipient_ck CHECK (recipient IS NOT NULL OR status = 'UNDELIVERABLE')
);
CREATE INDEX notification_due_ix ON notification (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX notification_agency_ix ON notification (agency_code, created_at DESC);
CREATE INDEX notification_about_ix ON notification (about);

CREATE TABLE notification_attempt (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    notification_id bigint       NOT NULL REFERENCES notification (id),
    attempted_at    timestamptz  NOT NULL,
    node            varchar(255) NOT NULL,
    outcome         varchar(16)  NOT NULL,
    error           text,
    CONSTRAINT notification_attempt_outcome_ck CHECK (outcome IN ('SENT', 'FAILED'))
);
CREATE INDEX notification_attempt_ix ON notification_attempt (notification_id, attempted_at);
