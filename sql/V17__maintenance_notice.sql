-- Maintenance notices (Quy chế Đ.9.7, Đ.14.2): a planned window is announced at least seven days before it starts;
-- a shorter notice is an emergency and says why. Both are kept with the window.
ALTER TABLE service_maintenance
    ADD COLUMN emergency        boolean NOT NULL DEFAULT false,
    ADD COLUMN emergency_reason text,
    ADD CONSTRAINT service_maintenance_emergency_ck CHECK (NOT emergency OR btrim(emergency_reason) <> '');
