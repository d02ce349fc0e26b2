-- Public holidays of 2027 (Bộ luật Lao động 2019 Đ.112): New Year's Day; Tết Nguyên đán (the last day of the lunar
-- year and the first four of the new one — Tết falls on Saturday 6 February 2027 — with the two that fall on the
-- weekend given on the next working days); the Hùng Kings' day (10/3 âm lịch: Friday 16 April); 30 April and 1 May
-- (a Saturday, given on Monday 3 May); 2 September with the day after. The Government's notice for 2027 decides the
-- exact Tết and National Day days: the operator corrects them through /admin/v1/holidays when it is published.
INSERT INTO public_holiday (day, name_vi, name_en) VALUES
    ('2027-01-01', 'Tết Dương lịch', 'New Year''s Day'),
    ('2027-02-05', 'Tết Nguyên đán (29 tháng Chạp)', 'Lunar New Year''s Eve'),
    ('2027-02-06', 'Tết Nguyên đán (mùng 1)', 'Lunar New Year'),
    ('2027-02-07', 'Tết Nguyên đán (mùng 2)', 'Lunar New Year holiday'),
    ('2027-02-08', 'Tết Nguyên đán (mùng 3)', 'Lunar New Year holiday'),
    ('2027-02-09', 'Tết Nguyên đán (mùng 4)', 'Lunar New Year holiday'),
    ('2027-02-10', 'Nghỉ bù Tết Nguyên đán', 'Lunar New Year holiday (in lieu)'),
    ('2027-02-11', 'Nghỉ bù Tết Nguyên đán', 'Lunar New Year holiday (in lieu)'),
    ('2027-04-16', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hung Kings Commemoration Day'),
    ('2027-04-30', 'Ngày Chiến thắng', 'Reunification Day'),
    ('2027-05-01', 'Ngày Quốc tế Lao động', 'International Labour Day'),
    ('2027-05-03', 'Nghỉ bù Ngày Quốc tế Lao động', 'International Labour Day (in lieu)'),
    ('2027-09-02', 'Quốc khánh', 'National Day'),
    ('2027-09-03', 'Quốc khánh (ngày liền kề)', 'National Day holiday')
ON CONFLICT (day) DO NOTHING;
