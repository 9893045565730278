package vn.mamxanh.calendar;

import java.util.Optional;

/**
 * How a feature's deadline is counted, for the case page: which rule, how many working days, from
 * which date (and any extension). Each feature that draws a deadline as a timer answers for its own timers.
 */
public interface DeadlineBasis {

    /** The explanation of the timer {@code timerId} of this case, in Vietnamese, if this feature owns that timer. */
    Optional<String> explain(String caseId, String timerId);
}
