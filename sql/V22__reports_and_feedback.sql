-- Reports (báo cáo; Quy chế Đ.12.6, Đ.14.3), the authority's oversight (Đ.15.2) and the annual feedback rounds
-- (Đ.12.7). See docs/operations.md, "Reports, oversight and feedback".

-- A generated report: its kind, period [period_from, period_to) in Asia/Ho_Chi_Minh dates, who made it, and its
-- figures (jsonb, the JSON format). The PDF and CSV are kept apart (report_document) so that listings never read them.
CREATE TABLE report (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind         varchar(8)   NOT NULL,
    period_from  date         NOT NULL,
    period_to    date         NOT NULL,
    scheduled    boolean      NOT NULL,
    generated_by varchar(255) NOT NULL,
    generated_at timestamptz  NOT NULL,
    figures      jsonb        NOT NULL,
    CONSTRAINT report_kind_ck CHECK (kind IN ('MONTHLY', 'ANNUAL', 'PERIOD')),
    CONSTRAINT report_period_ck CHECK (period_to > period_from)
);
COMMENT ON TABLE report IS 'Báo cáo: hằng tháng (đơn vị vận hành, Đ.14.3), hằng năm (cơ quan chủ quản, Đ.12.6), theo yêu cầu';
-- The scheduled job makes each period's report once, whichever node runs it.
CREATE UNIQUE INDEX report_scheduled_ux ON report (kind, period_from, period_to) WHERE scheduled;
CREATE INDEX report_generated_ix ON report (generated_at DESC);

CREATE TABLE report_document (
    report_id    bigint       NOT NULL REFERENCES report (id),
    format       varchar(4)   NOT NULL,
    content      bytea        NOT NULL,
    PRIMARY KEY (report_id, format),
    CONSTRAINT report_document_format_ck CHECK (format IN ('PDF', 'CSV'))
);

-- A feedback round (lấy ý kiến, Đ.12.7): the authority opens one a year with a short questionnaire; each agency
-- answers once; the round closes on its date (answers after it are refused).
CREATE TABLE feedback_round (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    year       integer      NOT NULL,
    title      varchar(255) NOT NULL,
    -- [{"code": "q1", "text": "…", "kind": "RATING" | "TEXT"}], in order
    questions  jsonb        NOT NULL,
    closes_on  date         NOT NULL,
    opened_by  varchar(255) NOT NULL,
    opened_at  timestamptz  NOT NULL,
    CONSTRAINT feedback_round_year_uk UNIQUE (year),
    CONSTRAINT feedback_round_title_ck CHECK (btrim(title) <> ''),
    CONSTRAINT feedback_round_questions_ck CHECK (jsonb_typeof(questions) = 'array' AND jsonb_array_length(questions) > 0)
);

CREATE TABLE feedback_answer (
    round_id     bigint       NOT NULL REFERENCES feedback_round (id),
    agency_code  varchar(35)  NOT NULL,
    -- {"q1": 4, "q2": "…"}: a rating 1–5 or a text per question code
    answers      jsonb        NOT NULL,
    answered_by  varchar(255) NOT NULL,
    answered_at  timestamptz  NOT NULL,
    -- One answer per agency and round: a second one is refused (the unique key backs the check).
    PRIMARY KEY (round_id, agency_code)
);

-- An approved security level's review date (Nghị định 85/2016; Thông tư 12/2022): the oversight view lists systems
-- whose level lapses within lgsp.oversight.lapse-days. NULL: no end date was recorded with the approval.
ALTER TABLE information_system ADD COLUMN security_valid_until date;
