package vn.mamxanh.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Times are stored as instants and shown as the users read a clock: in Vietnam. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }

    public static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZONE);
    }
}
