-- Platform-wide maintenance windows (Quy chế Đ.9.7, Đ.14.2): a window applies to one service, to every service of one
-- provider system, or to every service of the platform — exactly one of the three. The same notice rules apply.
ALTER TABLE service_maintenance
    ALTER COLUMN service_id DROP NOT NULL,
    ADD COLUMN system_id bigint REFERENCES information_system (id),
    ADD COLUMN platform  boolean NOT NULL DEFAULT false,
    ADD CONSTRAINT service_maintenance_scope_ck CHECK (num_nonnulls(service_id, system_id) + platform::int = 1);
CREATE INDEX service_maintenance_wide_ix ON service_maintenance (ends_at)
    WHERE cancelled_at IS NULL AND service_id IS NULL;
