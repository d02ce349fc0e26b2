-- Admin change audit (Quy chế Đ.14.1; DESIGN §5): who changed what, when, old → new.
-- Append-only: rows can be added, never changed or removed (a trigger refuses UPDATE and DELETE).
CREATE TABLE admin_audit (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at   timestamptz  NOT NULL,
    actor_subject varchar(255) NOT NULL,
    actor_name    varchar(255),
    actor_role    varchar(32)  NOT NULL,
    actor_agency  varchar(35),
    action        varchar(32)  NOT NULL,
    entity_type   varchar(32)  NOT NULL,
    entity_key    varchar(128) NOT NULL,
    -- The agency whose record changed: what an agency admin may read of the audit.
    agency_code   varchar(35),
    old_value     jsonb,
    new_value     jsonb
);
COMMENT ON TABLE admin_audit IS 'Nhật ký thay đổi quản trị: ai, khi nào, giá trị cũ → mới';

CREATE INDEX admin_audit_entity_ix ON admin_audit (entity_type, entity_key, occurred_at DESC);
CREATE INDEX admin_audit_agency_ix ON admin_audit (agency_code, occurred_at DESC);
CREATE INDEX admin_audit_time_ix ON admin_audit (occurred_at DESC);

CREATE FUNCTION admin_audit_append_only() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'admin_audit is append-only (% refused)', TG_OP;
END
$$;
CREATE TRIGGER admin_audit_append_only
    BEFORE UPDATE OR DELETE ON admin_audit
    FOR EACH ROW EXECUTE FUNCTION admin_audit_append_only();
