package vn.mamxanh.calendar;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar_day table: the per-year holiday table of R14. */
@Repository
public class HolidayRepository {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    public HolidayRepository(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public List<Holiday> findAll() {
        return jdbc.sql("select calendar_date, name, day_off from calendar_day order by calendar_date").query(this::map).list();
    }

    public List<Holiday> findYear(int year) {
        return jdbc.sql("select calendar_date, name, day_off from calendar_day where calendar_date between ? and ? order by calendar_date")
                .params(Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31)))
                .query(this::map).list();
    }

    public Optional<Holiday> find(LocalDate day) {
        return jdbc.sql("select calendar_date, name, day_off from calendar_day where calendar_date = ?").param(Date.valueOf(day))
                .query(this::map).optional();
    }

    public void save(Holiday holiday, String changedBy) {
        Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
        int updated = jdbc.sql("update calendar_day set name = ?, day_off = ?, changed_by = ?, changed_at = ? where calendar_date = ?")
                .params(holiday.name(), holiday.dayOff(), changedBy, now, Date.valueOf(holiday.day())).update();
        if (updated == 0) {
            jdbc.sql("insert into calendar_day (calendar_date, name, day_off, changed_by, changed_at) values (?, ?, ?, ?, ?)")
                    .params(Date.valueOf(holiday.day()), holiday.name(), holiday.dayOff(), changedBy, now).update();
        }
        events.publishEvent(new HolidayChanged(holiday.day(), holiday.name(), holiday.dayOff(), false));
    }

    public boolean delete(LocalDate day) {
        Optional<Holiday> before = find(day);
        boolean removed = jdbc.sql("delete from calendar_day where calendar_date = ?").param(Date.valueOf(day)).update() > 0;
        before.filter(holiday -> removed).ifPresent(holiday ->
                events.publishEvent(new HolidayChanged(day, holiday.name(), holiday.dayOff(), true)));
        return removed;
    }

    private Holiday map(ResultSet rs, int row) throws SQLException {
        return new Holiday(rs.getDate("calendar_date").toLocalDate(), rs.getString("name"), rs.getBoolean("day_off"));
    }
}
