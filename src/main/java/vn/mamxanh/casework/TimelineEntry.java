package vn.mamxanh.casework;

import java.time.Instant;

/** One thing that happened on a case, newest last. */
public record TimelineEntry(Instant at, String what, String who, boolean finished) {

    public java.time.LocalDateTime local() {
        return vn.mamxanh.web.VietnamTime.local(at);
    }
}
