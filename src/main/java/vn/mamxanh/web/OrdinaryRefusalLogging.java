package vn.mamxanh.web;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * The engine logs every exception that ends a command at ERROR, and its REST layer every 500 at
 * WARN, including a rule refusal (the person gets a 400) and the loser of a concurrent completion
 * (a 409). Those are answers, not faults: they are logged here as one INFO line, so ERROR keeps
 * meaning "someone must look".
 */
@Component
class OrdinaryRefusalLogging extends TurboFilter {

    private static final Logger log = LoggerFactory.getLogger(OrdinaryRefusalLogging.class);

    @EventListener(ApplicationStartedEvent.class)
    void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context && !context.getTurboFilterList().contains(this)) {
            context.addTurboFilter(this);
        }
    }

    @Override
    public FilterReply decide(Marker marker, ch.qos.logback.classic.Logger logger, Level level, String format,
                              Object[] params, Throwable t) {
        if (level == null || !level.isGreaterOrEqual(Level.WARN) || !logger.getName().startsWith("org.camunda.bpm.engine")) {
            return FilterReply.NEUTRAL;
        }
        // the REST layer logs the stack trace as text, as the message itself
        if (format != null && format.contains(RuleViolationException.class.getName())) {
            log.info("Refused by a rule: {}", format.lines().findFirst().orElse(""));
            return FilterReply.DENY;
        }
        if (params != null) {
            for (Object param : params) {
                if (param instanceof String text && text.contains(RuleViolationException.class.getName())) {
                    log.info("Refused by a rule: {}", text.lines().findFirst().orElse(""));
                    return FilterReply.DENY;
                }
            }
        }
        Throwable thrown = t != null ? t : lastThrowable(params);
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolationException rule) {
                log.info("Refused by a rule ({}, field {}): {}", rule.rule() == null ? "form" : rule.rule(), rule.field(), rule.getMessage());
                return FilterReply.DENY;
            }
            if (cause instanceof OptimisticLockingException) {
                log.info("A concurrent change lost the race: {}", cause.getMessage());
                return FilterReply.DENY;
            }
        }
        return FilterReply.NEUTRAL;
    }

    private static Throwable lastThrowable(Object[] params) {
        if (params == null) {
            return null;
        }
        for (int i = params.length - 1; i >= 0; i--) {
            if (params[i] instanceof Throwable throwable) {
                return throwable;
            }
        }
        return null;
    }
}
