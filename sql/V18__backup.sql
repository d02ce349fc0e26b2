-- Backups of the platform (Quy chế Đ.9.7: periodic backups; Đ.10.5c: a backup before an incident is fixed). One row
-- per backup that bin/backup made: its id is what an incident records, its manifest (in the backup's directory, with a
-- SHA-256 of every file) says what it holds. exchange_log_heads are each node's chain head when the backup began:
-- every record up to them is in the dump, so a restore proves itself by verifying the chain up to them.
CREATE TABLE backup (
    id                 varchar(64)  PRIMARY KEY,
    taken_at           timestamptz  NOT NULL,
    taken_by           varchar(255) NOT NULL,
    purpose            varchar(500),
    location           text         NOT NULL,
    database_name      varchar(63)  NOT NULL,
    database_bytes     bigint       NOT NULL,
    total_bytes        bigint       NOT NULL,
    manifest_sha256    varchar(64)  NOT NULL,
    exchange_log_heads jsonb        NOT NULL
);
COMMENT ON TABLE backup IS 'backups made by bin/backup (id lgsp-YYYYMMDDTHHMMSSZ); the manifest is in the backup''s directory';
COMMENT ON COLUMN backup.exchange_log_heads IS '{"node": {"seq": n, "hash": "…"}} when the backup began';
