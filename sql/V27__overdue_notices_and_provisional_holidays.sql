-- When the parties of a connection request or an organisational change were told it passed its due date (Quy chế
-- Đ.12.5, Đ.8.3; the notification outbox): once per request, by the once-per-cluster job overdue-notices. Access
-- requests need no such mark: passing their due date escalates them, and the escalation is what is told.
ALTER TABLE connection_request ADD COLUMN overdue_notified_at timestamptz;
ALTER TABLE org_change ADD COLUMN overdue_notified_at timestamptz;

-- The 2027 holidays that the Prime Minister fixes each year — the five Tết days and the day beside National Day (Bộ
-- luật Lao động 2019 Đ.112 khoản 1 b, đ and khoản 3) — the days in lieu (Đ.111 khoản 3) and the Hùng Kings' day, a
-- lunar date converted to the solar calendar, were seeded by V20_1 by computing them, not from the yearly notice. Their names say
-- so until the operator or the authority confirms them through /admin/v1/holidays (a PUT with the notice's name
-- replaces the mark). A row already renamed through the API is left as it is.
UPDATE public_holiday h
SET name_vi = h.name_vi || ' (dự kiến, chờ thông báo của Chính phủ)',
    name_en = h.name_en || ' (provisional, pending the Government''s notice)'
FROM (VALUES ('2027-02-05', 'Tết Nguyên đán (29 tháng Chạp)'),
             ('2027-02-06', 'Tết Nguyên đán (mùng 1)'),
             ('2027-02-07', 'Tết Nguyên đán (mùng 2)'),
             ('2027-02-08', 'Tết Nguyên đán (mùng 3)'),
             ('2027-02-09', 'Tết Nguyên đán (mùng 4)'),
             ('2027-02-10', 'Nghỉ bù Tết Nguyên đán'),
             ('2027-02-11', 'Nghỉ bù Tết Nguyên đán'),
             ('2027-04-16', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
             ('2027-05-03', 'Nghỉ bù Ngày Quốc tế Lao động'),
             ('2027-09-03', 'Quốc khánh (ngày liền kề)')) AS seed (day, name_vi)
WHERE h.day = seed.day::date AND h.name_vi = seed.name_vi;
