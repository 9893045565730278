-- R14: the per-year holiday table behind "working days". Monday to Friday are working days unless listed
-- here with day_off = true (public holiday, or compensatory day off - nghỉ bù); a Saturday or Sunday listed
-- with day_off = false is worked in exchange for a bridged day off (làm bù). Administrators keep it current
-- through /api/calendar/holidays.
create table calendar_day (
    calendar_date date         primary key,
    name          varchar(255) not null,
    day_off       boolean      not null,
    changed_by    varchar(64)  not null,
    changed_at    timestamp    not null
);

-- Seed 2025-2027. Sources: Labour Code 2019 art. 112 (the holidays and their length); the Ministry of Home
-- Affairs' notices of the days off for civil servants (Tết Ất Tỵ 2025: 25/1-2/2; 30/4-1/5/2025 bridged to
-- 2/5 in exchange for Saturday 26/4; National Day 2025: 1-2/9; Tết Bính Ngọ 2026: 14/2-22/2).
-- Lunar dates converted to the solar calendar: Hùng Kings' day (10/3 lunar) is 7/4/2025, 26/4/2026 (a Sunday,
-- so Monday 27/4 is the compensatory day off) and 16/4/2027. 2027 is provisional: the days off for Tết Đinh
-- Mùi (New Year's Day Saturday 6/2/2027) follow the Labour Code's five days until the notice is published,
-- and the day beside National Day is the usual choice; administrators replace these when it is announced.
insert into calendar_day (calendar_date, name, day_off, changed_by, changed_at) values
    (date '2025-01-01', 'Tết Dương lịch', true, 'system', timestamp '2025-01-01 00:00:00'),
    (date '2025-01-27', 'Tết Nguyên đán Ất Tỵ', true, 'system', timestamp '2025-01-01 00:00:00'),
    (date '2025-01-28', 'Tết Nguyên đán Ất Tỵ', true, 'system', timestamp '2025-01-01 00:00:00'),
    (date '2025-01-29', 'Tết Nguyên đán Ất Tỵ', true, 'system', timestamp '2025-01-01 00:00:00'),
    (date '2025-01-30', 'Tết Nguyên đán Ất Tỵ', true, 'system', timestamp '2025-01-01 00:00:00'),
    (date '2025-01-31', 'Tết Nguyên đán Ất Tỵ', true, 'system', timestamp '2025-01-01 00:00:00'),
    (date '2025-04-07', 'Giỗ Tổ Hùng Vương', true, 'system', timestamp '2025-01-01 00:00:00'),
    (date '2025-04-26', 'Làm bù cho ngày nghỉ 02/5', false, 'system', timestamp '2025-01-01 00:00:00'),
    (date '2025-04-30', 'Ngày Giải phóng miền Nam, thống nhất đất nước', true, 'system', timestamp '2025-01-01 00:00:00'),
    (date '2025-05-01', 'Ngày Quốc tế Lao động', true, 'system', timestamp '2025-01-01 00:00:00'),
    (date '2025-05-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4)', true, 'system', timestamp '2025-01-01 00:00:00'),
    (date '2025-09-01', 'Quốc khánh (ngày liền kề)', true, 'system', timestamp '2025-01-01 00:00:00'),
    (date '2025-09-02', 'Quốc khánh', true, 'system', timestamp '2025-01-01 00:00:00'),

    (date '2026-01-01', 'Tết Dương lịch', true, 'system', timestamp '2025-01-01 00:00:00'),
    (date '2026-02-16', 'Tết Nguyên đán Bính Ngọ', true, 'system', timestamp '2025-01-01 00:00:00'),
    (date '2026-02-17', 'Tết Nguyên đán Bính Ngọ', true, 'system', timestamp '2025-01-01 00:00:00'),
    (date '2026-02-18', 'Tết Nguyên đán Bính Ngọ', true, 'system', timestamp '2025-01-01 00:00:00'),
    (date '2026-02-19', 'Tết Nguyên đán Bính Ngọ', true, 'system', timestamp '2025-01-01 00:00:00'),
    (date '2026-02-20', 'Tết Nguyên đán Bính Ngọ', true, 'system', timestamp '2025-01-01 00:00:00'),
    (date '2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/4)', true, 'system', timestamp '2025-01-01 00:00:00'),
    (date '2026-04-30', 'Ngày Giải phóng miền Nam, thống nhất đất nước', true, 'system', timestamp '2025-01-01 00:00:00'),
    (date '2026-05-01', 'Ngày Quốc tế Lao động', true, 'system', timestamp '2025-01-01 00:00:00'),
    (date '2026-09-01', 'Quốc khánh (ngày liền kề)', true, 'system', timestamp '2025-01-01 00:00:00'),
    (date '2026-09-02', 'Quốc khánh', true, 'system', timestamp '2025-01-01 00:00:00'),

    (date '2027-01-01', 'Tết Dương lịch', true, 'system', timestamp '2025-01-01 00:00:00'),
    (date '2027-02-05', 'Tết Nguyên đán Đinh Mùi', true, 'system', timestamp '2025-01-01 00:00:00'),
    (date '2027-02-08', 'Tết Nguyên đán Đinh Mùi', true, 'system', timestamp '2025-01-01 00:00:00'),
    (date '2027-02-09', 'Tết Nguyên đán Đinh Mùi', true, 'system', timestamp '2025-01-01 00:00:00'),
    (date '2027-02-10', 'Nghỉ bù Tết Nguyên đán (thứ Bảy 6/2)', true, 'system', timestamp '2025-01-01 00:00:00'),
    (date '2027-02-11', 'Nghỉ bù Tết Nguyên đán (Chủ nhật 7/2)', true, 'system', timestamp '2025-01-01 00:00:00'),
    (date '2027-04-16', 'Giỗ Tổ Hùng Vương', true, 'system', timestamp '2025-01-01 00:00:00'),
    (date '2027-04-30', 'Ngày Giải phóng miền Nam, thống nhất đất nước', true, 'system', timestamp '2025-01-01 00:00:00'),
    (date '2027-05-03', 'Nghỉ bù Ngày Quốc tế Lao động (thứ Bảy 1/5)', true, 'system', timestamp '2025-01-01 00:00:00'),
    (date '2027-09-02', 'Quốc khánh', true, 'system', timestamp '2025-01-01 00:00:00'),
    (date '2027-09-03', 'Quốc khánh (ngày liền kề)', true, 'system', timestamp '2025-01-01 00:00:00');
