package vn.mamxanh.calendar;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to the holiday table (R14), for the API and the administrators' page alike. */
@Service
public class HolidayAdministration {

    private final HolidayRepository holidays;
    private final HolidayTableGaps gaps;

    HolidayAdministration(HolidayRepository holidays, HolidayTableGaps gaps) {
        this.holidays = holidays;
        this.gaps = gaps;
    }

    @Transactional
    public Holiday save(LocalDate day, String name, boolean dayOff, String changedBy) {
        Holiday holiday = new Holiday(day, name.strip(), dayOff);
        holidays.save(holiday, changedBy);
        gaps.entered(day.getYear());
        return holiday;
    }

    /** False when the day was not in the table. */
    @Transactional
    public boolean delete(LocalDate day) {
        return holidays.delete(day);
    }
}
