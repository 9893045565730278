package vn.mamxanh.reliability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads, straight from the database, what became of the cases a load created: for each, whether the
 * introduction and the first step are applied in the app's tables and in the engine alike. A case
 * is either introduced only, or introduced and reviewed, in every table at once; anything else is
 * half-applied.
 */
final class CaseLedger {

    enum State { INTRODUCED, REVIEWED, HALF_APPLIED }

    /** What the tables say of one case. */
    record Facts(String caseId, boolean admissionProcess, boolean reviewOpen, boolean reviewCompleted,
                 boolean intakeDecision, boolean mentorAssigned, boolean mentoringProcess) {

        State state() {
            if (admissionProcess && reviewOpen && !reviewCompleted && !intakeDecision && !mentorAssigned && !mentoringProcess) {
                return State.INTRODUCED;
            }
            if (admissionProcess && !reviewOpen && reviewCompleted && intakeDecision && mentorAssigned && mentoringProcess) {
                return State.REVIEWED;
            }
            return State.HALF_APPLIED;
        }
    }

    private final ThrowawayPostgres postgres;

    CaseLedger(ThrowawayPostgres postgres) {
        this.postgres = postgres;
    }

    /** Every case carrying the load's marker, answered or not. */
    Map<String, Facts> casesMarked(String marker) {
        String sql = """
                select c.id,
                  exists (select 1 from act_hi_procinst p where p.business_key_ = c.id and p.proc_def_key_ = 'candidate-admission'),
                  exists (select 1 from act_ru_task t join act_hi_procinst p on t.proc_inst_id_ = p.id_
                          where p.business_key_ = c.id and t.task_def_key_ = 'Task_ReviewIntroduction'),
                  exists (select 1 from act_hi_taskinst t join act_hi_procinst p on t.proc_inst_id_ = p.id_
                          where p.business_key_ = c.id and t.task_def_key_ = 'Task_ReviewIntroduction'
                            and t.end_time_ is not null and t.delete_reason_ = 'completed'),
                  exists (select 1 from intake_decision d where d.case_id = c.id and d.accepted),
                  exists (select 1 from mentor_assignment m where m.case_id = c.id),
                  exists (select 1 from act_hi_procinst p where p.business_key_ = c.id and p.proc_def_key_ = 'mentoring')
                from candidate_case c where c.occupation = ? order by c.id
                """;
        Map<String, Facts> facts = new LinkedHashMap<>();
        try (Connection connection = postgres.connect(ReliabilityEnvironment.DATABASE);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, marker);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    facts.put(rows.getString(1), new Facts(rows.getString(1), rows.getBoolean(2), rows.getBoolean(3),
                            rows.getBoolean(4), rows.getBoolean(5), rows.getBoolean(6), rows.getBoolean(7)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return facts;
    }

    /** Answered completions whose case is not reviewed in every table: lost. */
    static List<String> lostCompletions(List<CompletionLoad.Attempt> attempts, Map<String, Facts> facts) {
        List<String> lost = new ArrayList<>();
        for (CompletionLoad.Attempt attempt : attempts) {
            if (attempt.completionAnswered2xx()) {
                Facts fact = facts.get(attempt.caseId());
                if (fact == null || fact.state() != State.REVIEWED) {
                    lost.add(attempt.caseId() + " " + fact);
                }
            }
        }
        return lost;
    }

    /** Answered introductions whose case is missing. */
    static List<String> lostIntroductions(List<CompletionLoad.Attempt> attempts, Map<String, Facts> facts) {
        return attempts.stream().filter(a -> a.introduced() == 201 && !facts.containsKey(a.caseId()))
                .map(CompletionLoad.Attempt::caseId).toList();
    }

    static List<Facts> halfApplied(Map<String, Facts> facts) {
        return facts.values().stream().filter(f -> f.state() == State.HALF_APPLIED).toList();
    }

    static long count(Map<String, Facts> facts, State state) {
        return facts.values().stream().filter(f -> f.state() == state).count();
    }

    /** The waiting "report period opens" timers of the marked cases' mentoring processes, by job id. */
    Map<String, String> waitingReportTimers(String marker) {
        String sql = """
                select j.id_, j.process_instance_id_ from act_ru_job j
                join act_ru_jobdef d on d.id_ = j.job_def_id_
                join act_hi_procinst p on p.id_ = j.process_instance_id_
                join candidate_case c on c.id = p.business_key_
                where d.act_id_ = 'TimerEvent_ReportPeriodOpens' and c.occupation = ?
                """;
        Map<String, String> timers = new LinkedHashMap<>();
        try (Connection connection = postgres.connect(ReliabilityEnvironment.DATABASE);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, marker);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    timers.put(rows.getString(1), rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return timers;
    }

    /** Makes timers due in {@code seconds} from now, as if their month had come (the model's timer is real). */
    void makeDueIn(Iterable<String> jobIds, int seconds) {
        try (Connection connection = postgres.connect(ReliabilityEnvironment.DATABASE);
             PreparedStatement statement = connection.prepareStatement(
                     "update act_ru_job set duedate_ = now() + make_interval(secs => ?) where id_ = ?")) {
            for (String jobId : jobIds) {
                statement.setInt(1, seconds);
                statement.setString(2, jobId);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What became of one timer: how often its job ran to success, on which nodes, and what it opened. */
    record TimerOutcome(String jobId, int successfulRuns, List<String> nodes, int timerActivities, int reportTasks,
                        boolean stillWaiting) {
        boolean firedExactlyOnce() {
            return successfulRuns == 1 && timerActivities == 1 && reportTasks == 1 && !stillWaiting;
        }
    }

    TimerOutcome outcome(String jobId, String processInstanceId) {
        try (Connection connection = postgres.connect(ReliabilityEnvironment.DATABASE)) {
            List<String> nodes = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "select hostname_ from act_hi_job_log where job_id_ = ? and job_state_ = 2 order by timestamp_")) {
                statement.setString(1, jobId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        nodes.add(rows.getString(1));
                    }
                }
            }
            int activities = count(connection, "select count(*) from act_hi_actinst where proc_inst_id_ = ? "
                    + "and act_id_ = 'TimerEvent_ReportPeriodOpens' and end_time_ is not null", processInstanceId);
            int tasks = count(connection, "select count(*) from act_hi_taskinst where proc_inst_id_ = ? "
                    + "and task_def_key_ = 'Task_ReportMentoringProgress'", processInstanceId);
            int waiting = count(connection, "select count(*) from act_ru_job where id_ = ?", jobId);
            return new TimerOutcome(jobId, nodes.size(), nodes, activities, tasks, waiting > 0);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int count(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
