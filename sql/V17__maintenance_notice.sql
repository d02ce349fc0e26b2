-- Maintenance notices (Quy chế Đ.9.7, Đ.14.2): a planned window is announced at least seven days before it starts;
-- a shorter notice is an emergency and says why. Both are kept with the window.
ALTER TABLE service_maintenance
    ADD COLUMN emergency        boolean NOT NULL DEFAULT false,
    ADD COLUMN emergency_reason text,
    ADD CONSTRAINT service_maintenance_emergency_ck CHECK (NOT emergency OR btrim(emergency_reason) <> '');

-- The parties are reminded 24 hours before a window starts and told when it has ended: when each was sent, so that
-- the senders on every node (rows claimed with SKIP LOCKED) send each once.
ALTER TABLE service_maintenance
    ADD COLUMN reminded_at     timestamptz,
    ADD COLUMN ended_notice_at timestamptz;
CREATE INDEX service_maintenance_notice_ix ON service_maintenance (starts_at, ends_at)
    WHERE cancelled_at IS NULL AND ended_notice_at IS NULL;
