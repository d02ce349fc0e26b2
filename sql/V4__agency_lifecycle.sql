-- Agency lifecycle (Quy chế Đ.8.3): organisational changes proposed by the operator and approved by
-- the authority (the city's proposal → the Chairman's decision), and the lineage they leave behind.

CREATE TABLE org_change (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind            varchar(16)  NOT NULL,
    status          varchar(16)  NOT NULL,
    effective_date  date         NOT NULL,
    decision_number varchar(64)  NOT NULL,   -- số quyết định
    decided_by      varchar(255) NOT NULL,   -- người/cơ quan ra quyết định
    -- What changes: predecessor codes, successor drafts, new names or parent (OrgChangeDetails).
    details         jsonb        NOT NULL,
    proposed_by     varchar(255) NOT NULL,
    proposed_at     timestamptz  NOT NULL,
    reviewed_by     varchar(255),
    reviewed_at     timestamptz,
    refusal_reason  text,
    version         integer      NOT NULL DEFAULT 0,
    CONSTRAINT org_change_kind_ck CHECK (kind IN ('RENAME', 'SPLIT', 'MERGE', 'DISSOLVE', 'REPARENT')),
    CONSTRAINT org_change_status_ck CHECK (status IN ('PROPOSED', 'APPROVED', 'REFUSED')),
    CONSTRAINT org_change_refusal_ck CHECK (status <> 'REFUSED' OR btrim(refusal_reason) <> '')
);
COMMENT ON TABLE org_change IS 'Thay đổi tổ chức: đổi tên, chia tách, sáp nhập, giải thể, chuyển cơ quan chủ quản';
-- The operator's worklist: proposals waiting for a decision.
CREATE INDEX org_change_pending_ix ON org_change (proposed_at) WHERE status = 'PROPOSED';

-- Who took over whose duties. A retired code resolves to its successors, and through them to the
-- agencies active today.
CREATE TABLE agency_succession (
    predecessor_id bigint NOT NULL REFERENCES agency (id),
    successor_id   bigint NOT NULL REFERENCES agency (id),
    org_change_id  bigint NOT NULL REFERENCES org_change (id),
    PRIMARY KEY (predecessor_id, successor_id),
    CONSTRAINT agency_succession_not_self_ck CHECK (predecessor_id <> successor_id)
);
CREATE INDEX agency_succession_successor_ix ON agency_succession (successor_id);

-- Names an agency had before a rename.
CREATE TABLE agency_former_name (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency_id     bigint       NOT NULL REFERENCES agency (id),
    name          varchar(255) NOT NULL,
    short_name    varchar(64),
    until_date    date         NOT NULL,
    org_change_id bigint       NOT NULL REFERENCES org_change (id)
);
CREATE INDEX agency_former_name_agency_ix ON agency_former_name (agency_id);

-- Vietnamese public holidays (ngày nghỉ lễ, Tết), for working-day deadlines (Nghị định 47/2020 Đ.35).
-- Maintained by the operator each year from the Government's notice; seeded for 2026.
CREATE TABLE public_holiday (
    day     date PRIMARY KEY,
    name_vi varchar(255) NOT NULL,
    name_en varchar(255) NOT NULL
);
INSERT INTO public_holiday (day, name_vi, name_en) VALUES
    ('2026-01-01', 'Tết Dương lịch', 'New Year''s Day'),
    ('2026-02-14', 'Tết Nguyên đán (27 tháng Chạp)', 'Lunar New Year holiday'),
    ('2026-02-15', 'Tết Nguyên đán (28 tháng Chạp)', 'Lunar New Year holiday'),
    ('2026-02-16', 'Tết Nguyên đán (29 tháng Chạp)', 'Lunar New Year''s Eve'),
    ('2026-02-17', 'Tết Nguyên đán (mùng 1)', 'Lunar New Year'),
    ('2026-02-18', 'Tết Nguyên đán (mùng 2)', 'Lunar New Year holiday'),
    ('2026-02-19', 'Tết Nguyên đán (mùng 3)', 'Lunar New Year holiday'),
    ('2026-02-20', 'Tết Nguyên đán (mùng 4)', 'Lunar New Year holiday'),
    ('2026-02-21', 'Tết Nguyên đán (mùng 5)', 'Lunar New Year holiday'),
    ('2026-02-22', 'Tết Nguyên đán (mùng 6)', 'Lunar New Year holiday'),
    ('2026-04-26', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hung Kings Commemoration Day'),
    ('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương', 'Hung Kings Commemoration Day (in lieu)'),
    ('2026-04-30', 'Ngày Chiến thắng', 'Reunification Day'),
    ('2026-05-01', 'Ngày Quốc tế Lao động', 'International Labour Day'),
    ('2026-09-01', 'Quốc khánh (ngày liền kề)', 'National Day holiday'),
    ('2026-09-02', 'Quốc khánh', 'National Day');
