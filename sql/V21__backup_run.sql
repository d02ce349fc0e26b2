-- Backups asked of the server (POST /admin/v1/backups, or its schedule): one row per run, while it runs and after.
-- Table backup (V18) stays the record of backups that completed — what an incident may name; a run that completed
-- has its row there under the same id. At most one run is RUNNING in the cluster (the partial unique index): a second
-- request while one runs is refused. The node running it refreshes heartbeat_at; a RUNNING row whose heartbeat is
-- old belongs to a node that died, and the next request marks it FAILED before it claims.
CREATE TABLE backup_run (
    id           varchar(64)   PRIMARY KEY,
    state        varchar(8)    NOT NULL,
    purpose      varchar(500),
    requested_by varchar(255)  NOT NULL,
    node         varchar(64)   NOT NULL,
    started_at   timestamptz   NOT NULL,
    heartbeat_at timestamptz   NOT NULL,
    finished_at  timestamptz,
    error        varchar(2000),
    CONSTRAINT backup_run_state_ck CHECK (state IN ('RUNNING', 'DONE', 'FAILED'))
);
CREATE UNIQUE INDEX backup_run_one_running_ux ON backup_run ((true)) WHERE state = 'RUNNING';
COMMENT ON TABLE backup_run IS 'backups run by the server (bin/backup, run by a node); completed ones are in table backup too';
