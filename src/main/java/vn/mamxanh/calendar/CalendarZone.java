package vn.mamxanh.calendar;

import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.mamxanh.web.VietnamTime;

/** Gives {@link VietnamTime} the zone of the configuration before anything reads a date. */
@Component
class CalendarZone {

    CalendarZone(@Value("${mamxanh.calendar.zone:Asia/Ho_Chi_Minh}") String zone) {
        VietnamTime.use(ZoneId.of(zone));
    }
}
