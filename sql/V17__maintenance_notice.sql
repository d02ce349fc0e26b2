-- Maintenance notices (Quy chế Đ.9.7, Đ.14.2): a planned window is announced at least seven days before it starts;
-- a shorter notice is an emergency and says why. Maintenance is done outside office hours where possible: a window
-- that overlaps them is flagged and says why (an emergency's reason serves). All is kept with the window.
ALTER TABLE service_maintenance
    ADD COLUMN emergency           boolean NOT NULL DEFAULT false,
    ADD COLUMN emergency_reason    text,
    ADD COLUMN office_hours        boolean NOT NULL DEFAULT false,
    ADD COLUMN office_hours_reason text,
    ADD CONSTRAINT service_maintenance_emergency_ck CHECK (NOT emergency OR btrim(emergency_reason) <> ''),
    ADD CONSTRAINT service_maintenance_office_hours_ck
        CHECK (NOT office_hours OR emergency OR btrim(office_hours_reason) <> '');

-- The parties are reminded 24 hours before a window starts and told when it has ended: when each was sent, so that
-- the senders on every node (rows claimed with SKIP LOCKED) send each once.
ALTER TABLE service_maintenance
    ADD COLUMN reminded_at     timestamptz,
    ADD COLUMN ended_notice_at timestamptz;
CREATE INDEX service_maintenance_notice_ix ON service_maintenance (starts_at, ends_at)
    WHERE cancelled_at IS NULL AND ended_notice_at IS NULL;
