-- R14: the government's swap for New Year 2026 (Ministry of Home Affairs' notice for civil servants): Friday
-- 2 January 2026 is a day off, made up by working Saturday 10 January 2026. A worked Saturday is a working day.
insert into calendar_day (calendar_date, name, day_off, changed_by, changed_at) values
    (date '2026-01-02', 'Nghỉ hoán đổi Tết Dương lịch (làm bù thứ Bảy 10/01)', true, 'system', timestamp '2025-12-01 00:00:00'),
    (date '2026-01-10', 'Làm bù cho ngày nghỉ thứ Sáu 02/01', false, 'system', timestamp '2025-12-01 00:00:00');

-- R14: a deadline that runs into a year without a holiday table is refused; the year is remembered here so
-- administrators see on the holiday page that a step is waiting for it (cleared when the year is entered).
create table holiday_table_gap (
    gap_year       integer      primary key,
    first_needed   timestamp    not null,
    last_needed    timestamp    not null,
    times_refused  integer      not null
);
