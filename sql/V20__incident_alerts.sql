-- An incident opened by an alert keeps the alert's acknowledgement and resolution in its log (kind ALERT).
ALTER TABLE incident_log DROP CONSTRAINT incident_log_kind_ck;
ALTER TABLE incident_log ADD CONSTRAINT incident_log_kind_ck CHECK (kind IN ('OPENED', 'TRANSITION', 'NOTE', 'ISOLATE',
                                                                      'LIFT', 'ETA', 'BACKUP', 'REPORT', 'ALERT'));
