-- Planned maintenance windows of services and suspensions of services and systems (DESIGN §1: Đ.9.7,
-- Đ.14.2 — maintenance announced ahead; Đ.10 — isolating a system during an incident). Set by the
-- operator through the admin API; the gateway refuses calls inside a window or while suspended. The
-- notice and incident workflows that will drive them come later.

CREATE TABLE service_maintenance (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    service_id   bigint       NOT NULL REFERENCES service (id),
    starts_at    timestamptz  NOT NULL,
    ends_at      timestamptz  NOT NULL,
    notice_vi    text         NOT NULL,
    notice_en    text,
    created_by   varchar(255) NOT NULL,
    created_at   timestamptz  NOT NULL,
    cancelled_by varchar(255),
    cancelled_at timestamptz,
    CONSTRAINT service_maintenance_span_ck CHECK (ends_at > starts_at),
    CONSTRAINT service_maintenance_notice_ck CHECK (btrim(notice_vi) <> '')
);
CREATE INDEX service_maintenance_service_ix ON service_maintenance (service_id, ends_at) WHERE cancelled_at IS NULL;

ALTER TABLE service ADD COLUMN suspended_at timestamptz, ADD COLUMN suspended_by varchar(255),
    ADD COLUMN suspension_reason text,
    ADD CONSTRAINT service_suspension_ck CHECK (suspended_at IS NULL OR btrim(suspension_reason) <> '');
ALTER TABLE information_system ADD COLUMN suspended_at timestamptz, ADD COLUMN suspended_by varchar(255),
    ADD COLUMN suspension_reason text,
    ADD CONSTRAINT information_system_suspension_ck CHECK (suspended_at IS NULL OR btrim(suspension_reason) <> '');
