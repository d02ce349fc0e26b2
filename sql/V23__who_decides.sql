-- Who decides, as the regulation says (Quy chế Đ.8.3, Đ.12.3, Đ.13.2, Đ.9.4).

-- Organisational changes: the agency files (FILED), the operator checks (CHECKED) or returns (RETURNED), the
-- authority submits to the Chairman of the City People's Committee (SUBMITTED) and records the Chairman's decision
-- when approving (APPROVED, then APPLIED on the effective date) or refuses (REFUSED); the filer may withdraw.
-- The decision is known only at approval, so its number becomes optional until then.
ALTER TABLE org_change DROP CONSTRAINT org_change_status_ck;
ALTER TABLE org_change ALTER COLUMN decision_number DROP NOT NULL;
ALTER TABLE org_change ALTER COLUMN decided_by DROP NOT NULL;
ALTER TABLE org_change
    ADD COLUMN agency_code   varchar(35),                -- the filing agency
    ADD COLUMN decision_date date,                       -- ngày của quyết định của Chủ tịch UBND thành phố
    ADD COLUMN applied_at    timestamptz,
    ADD COLUMN apply_error   text,
    ADD COLUMN history       jsonb;
-- Proposals made by the operator before this version had their decision already: they count as checked; approved
-- ones were applied on approval.
UPDATE org_change SET status = CASE status WHEN 'PROPOSED' THEN 'CHECKED' WHEN 'APPROVED' THEN 'APPLIED' ELSE status END,
                      applied_at = CASE WHEN status = 'APPROVED' THEN reviewed_at END,
                      agency_code = details -> 'predecessors' ->> 0,
                      history = '[]'::jsonb;
ALTER TABLE org_change ALTER COLUMN history SET NOT NULL;
ALTER TABLE org_change ADD CONSTRAINT org_change_status_ck CHECK (status IN ('FILED', 'CHECKED', 'RETURNED', 'SUBMITTED',
        'APPROVED', 'APPLIED', 'REFUSED', 'WITHDRAWN'));
ALTER TABLE org_change DROP CONSTRAINT org_change_refusal_ck;
ALTER TABLE org_change ADD CONSTRAINT org_change_refusal_ck
    CHECK (status NOT IN ('REFUSED', 'RETURNED') OR btrim(refusal_reason) <> '');
ALTER TABLE org_change ADD CONSTRAINT org_change_decision_ck
    CHECK (status NOT IN ('APPROVED', 'APPLIED') OR (decision_number IS NOT NULL AND decided_by IS NOT NULL));
DROP INDEX org_change_pending_ix;
-- The scheduled job's worklist: approved changes waiting for their date.
CREATE INDEX org_change_due_ix ON org_change (effective_date) WHERE status = 'APPROVED';
CREATE INDEX org_change_agency_ix ON org_change (agency_code);

-- Every code is issued by a decision: the one that issued it (an organisational change's, or, for agencies that
-- predate the platform, the decision named when they were registered).
ALTER TABLE agency
    ADD COLUMN decision_number varchar(64),
    ADD COLUMN decision_date   date;

-- Access requests: the provider's agency gives or refuses consent; the authority decides.
ALTER TABLE access_request DROP CONSTRAINT access_request_status_ck;
ALTER TABLE access_request ADD CONSTRAINT access_request_status_ck CHECK (status IN ('SUBMITTED', 'ESCALATED',
        'CONSENTED', 'DISSENTED', 'APPROVED', 'REFUSED', 'WITHDRAWN'));
ALTER TABLE access_request
    ADD COLUMN consent_given boolean,                   -- the provider's answer: true consent, false refusal
    ADD COLUMN consent_by   varchar(255),
    ADD COLUMN consent_at   timestamptz,
    ADD COLUMN consent_note text;
ALTER TABLE access_request ADD CONSTRAINT access_request_dissent_ck
    CHECK ((consent_given IS NULL) = (consent_at IS NULL) AND (consent_given IS NOT FALSE OR btrim(consent_note) <> ''));
DROP INDEX access_request_open_ix;
CREATE INDEX access_request_open_ix ON access_request (due_date)
    WHERE status IN ('SUBMITTED', 'ESCALATED', 'CONSENTED', 'DISSENTED');
