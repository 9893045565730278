package vn.mamxanh.quota;

import java.sql.Date;
import java.time.LocalDate;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mamxanh.web.VietnamTime;

/**
 * Counts the open cases per branch and stage once a day, so "cases per stage over time" can be
 * drawn: the case table only knows where each case stands today. A day's snapshot is recounted
 * if taken again that day.
 */
@Component
@Order(30)
public class StageSnapshots implements ApplicationRunner {

    private final JdbcClient jdbc;

    public StageSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        takeToday();
    }

    @Scheduled(cron = "${mamxanh.dashboard.snapshot-cron:0 30 0 * * *}", zone = "${mamxanh.calendar.zone:Asia/Ho_Chi_Minh}")
    public void daily() {
        takeToday();
    }

    @Transactional
    public void takeToday() {
        take(VietnamTime.today());
    }

    @Transactional
    public void take(LocalDate day) {
        Date on = Date.valueOf(day);
        jdbc.sql("delete from stage_snapshot where taken_on = ?").param(on).update();
        jdbc.sql("""
                insert into stage_snapshot (taken_on, branch_id, stage, case_count)
                select ?, branch_id, stage, count(*) from candidate_case
                where status in ('OPEN', 'PROBATIONARY')
                group by branch_id, stage""").param(on).update();
    }
}
