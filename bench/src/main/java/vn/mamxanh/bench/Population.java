package vn.mamxanh.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The bulk of the open cases, made in SQL from the live template cases: each clone is a copy of one
 * template's rows in the app's case table, the engine's runtime and history tables (executions,
 * tasks, identity links, variables, timers, authorizations, history) and the audit journal, with
 * every engine id suffixed, the case id replaced and every unit and person id moved to the clone's
 * branch. So a clone is what the engine would hold had the same steps been taken in that branch,
 * grants included. The completed history behind the open cases is topped up to the scale's count of
 * historic tasks.
 */
final class Population {

    record Template(LiveCases.LiveCase live, String stage, int weight) {
    }

    /** Engine columns that hold the id of a runtime or history row of the same case. */
    private static final Set<String> INSTANCE_IDS = Set.of("id_", "root_proc_inst_id_", "proc_inst_id_", "parent_id_",
            "super_exec_", "act_inst_id_", "parent_act_inst_id_", "execution_id_", "task_id_", "call_proc_inst_id_",
            "parent_task_id_", "super_process_instance_id_", "process_instance_id_", "var_scope_", "resource_id_");
    private static final Set<String> PEOPLE_AND_GROUPS = Set.of("group_id_", "user_id_", "assignee_", "owner_",
            "start_user_id_", "assigner_id_");
    private static final Set<String> CASE_TEXT = Set.of("business_key_", "text_", "text2_");
    private static final Set<String> TIMES = Set.of("start_time_", "end_time_", "create_time_", "timestamp_", "created_",
            "last_updated_");

    private final Connection db;
    private final Scale scale;

    Population(Connection db, Scale scale) {
        this.db = db;
        this.scale = scale;
    }

    /** Clones the templates into {@code scale.openCases} open cases spread over every branch. */
    void cloneCases(List<Template> templates, LiveCases.LiveCase origin) throws SQLException {
        int totalWeight = templates.stream().mapToInt(Template::weight).sum();
        StringJoiner pick = new StringJoiner(",", "array[", "]");
        StringJoiner stages = new StringJoiner(",", "array[", "]");
        for (int t = 0; t < templates.size(); t++) {
            for (int w = 0; w < templates.get(t).weight(); w++) {
                pick.add(String.valueOf(t));
                stages.add("'" + templates.get(t).stage() + "'");
            }
        }
        try (Statement sql = db.createStatement()) {
            sql.execute("""
                    create or replace function bench_remap(s text, b text, c text, p text) returns text language sql immutable as $$
                      select case when s is null then null
                        when s = '%1$s' or s like '%1$s.%%' or s like '%1$s-%%' then b || substr(s, %4$d)
                        when s = '%2$s' or s like '%2$s.%%' or s like '%2$s-%%' then c || substr(s, %5$d)
                        when s = '%3$s' or s like '%3$s.%%' or s like '%3$s-%%' then p || substr(s, %6$d)
                        else s end $$""".formatted(origin.branch(), origin.commune(), origin.province(),
                    origin.branch().length() + 1, origin.commune().length() + 1, origin.province().length() + 1));
            sql.execute("drop table if exists bench_clone");
            // Clone n goes to branch n mod branches, in province/commune/branch order, so every branch gets its share.
            sql.execute("""
                    create unlogged table bench_clone as
                    select n, '-c' || n as suffix, 'HS-2025-' || lpad(n::text, 7, '0') as case_id,
                           br.id as b, br.parent_id as c, split_part(br.id, '-', 1) as p,
                           (%1$s)[1 + (n * 7919) %% %3$d] as tmpl, (%2$s)[1 + (n * 7919) %% %3$d] as stage,
                           make_interval(days => ((n * 37) %% 700)::int, secs => (n %% 86400)::int) as age
                    from generate_series(1, %4$d) n
                    join (select id, parent_id, row_number() over (order by id) - 1 as k from org_unit where kind = 'BRANCH') br
                      on br.k = n %% %5$d""".formatted(pick, stages, totalWeight, scale.openCases, scale.branches()));
            sql.execute("create index on bench_clone (tmpl)");
            for (int t = 0; t < templates.size(); t++) {
                cloneTemplate(sql, t, templates.get(t).live());
            }
        }
    }

    private void cloneTemplate(Statement sql, int t, LiveCases.LiveCase template) throws SQLException {
        String root = template.processInstanceId();
        String caseId = template.caseId();
        // Only process-instance rows carry the root instance id; their child executions carry only their instance's id.
        String procs = "(select id_ from act_ru_execution where root_proc_inst_id_ = '%s' and id_ = proc_inst_id_)".formatted(root);
        String tasks = "(select id_ from act_ru_task where proc_inst_id_ in %s)".formatted(procs);
        String historicTasks = "(select id_ from act_hi_taskinst where root_proc_inst_id_ = '%s')".formatted(root);
        clone(sql, t, caseId, "act_hi_procinst", "t.root_proc_inst_id_ = '" + root + "'");
        clone(sql, t, caseId, "act_hi_actinst", "t.root_proc_inst_id_ = '" + root + "'");
        clone(sql, t, caseId, "act_hi_taskinst", "t.root_proc_inst_id_ = '" + root + "'");
        clone(sql, t, caseId, "act_hi_varinst", "t.root_proc_inst_id_ = '" + root + "'");
        clone(sql, t, caseId, "act_hi_identitylink", "t.root_proc_inst_id_ = '" + root + "'");
        // Parents before children: the engine's foreign keys are checked at the end of each statement.
        clone(sql, t, caseId, "act_ru_execution", "t.proc_inst_id_ in " + procs);
        clone(sql, t, caseId, "act_ru_task", "t.proc_inst_id_ in " + procs);
        clone(sql, t, caseId, "act_ru_identitylink", "t.task_id_ in " + tasks);
        clone(sql, t, caseId, "act_ru_variable", "t.proc_inst_id_ in " + procs);
        clone(sql, t, caseId, "act_ru_event_subscr", "t.proc_inst_id_ in " + procs);
        // Only timers well in the future: a clone's timer must not fire during the run.
        clone(sql, t, caseId, "act_ru_job", "t.process_instance_id_ in " + procs + " and t.duedate_ > now() + interval '1 day'");
        clone(sql, t, caseId, "act_ru_authorization", "t.resource_id_ in " + procs + " or t.resource_id_ in " + historicTasks);
        sql.execute("""
                insert into candidate_case (id, full_name, date_of_birth, gender, id_number, ethnicity, religion, education_level,
                    occupation, residence_address, branch_id, introduced_by_unit_id, introduced_by, youth_union_member, stage,
                    status, overdue, created_at, admitted_on)
                select c.case_id,
                       (array['Nguyễn','Trần','Lê','Phạm','Hoàng','Phan','Vũ','Đặng','Bùi','Đỗ','Hồ','Ngô'])[1 + c.n %% 12] || ' ' ||
                       (array['Văn','Thị','Hữu','Minh','Thanh','Ngọc','Quang','Thu'])[1 + (c.n / 12) %% 8] || ' ' ||
                       (array['An','Bình','Cường','Dung','Giang','Hà','Hải','Hạnh','Hùng','Lan','Linh','Long','Mai','Nam','Nga',
                              'Phúc','Quân','Sơn','Tâm','Thảo','Trang','Tuấn','Vân','Yến'])[1 + (c.n / 96) %% 24],
                       t.date_of_birth - (c.n %% 5000), t.gender, '9' || lpad(c.n::text, 11, '0'), t.ethnicity, t.religion,
                       t.education_level, t.occupation, t.residence_address, c.b, bench_remap(t.introduced_by_unit_id, c.b, c.c, c.p),
                       bench_remap(t.introduced_by, c.b, c.c, c.p), t.youth_union_member, c.stage, 'OPEN', false,
                       t.created_at - c.age,
                       case when c.stage in ('PROBATION', 'RECOGNITION') then (t.created_at - c.age)::date + 300 end
                from candidate_case t join bench_clone c on c.tmpl = %d where t.id = '%s'""".formatted(t, caseId));
        sql.execute("""
                insert into audit_journal (seq, recorded_at, case_id, unit_id, actor, actor_role, action, step, outcome, deadline,
                    details, task_id, process_instance_id, prev_hash, hash)
                select s.seq, j.recorded_at - c.age, c.case_id, bench_remap(j.unit_id, c.b, c.c, c.p), bench_remap(j.actor, c.b, c.c, c.p),
                       j.actor_role, j.action, j.step, j.outcome, j.deadline, replace(j.details, '%1$s', c.case_id),
                       %3$s, %4$s,
                       encode(sha256(convert_to((s.seq - 1)::text, 'UTF8')), 'hex'), encode(sha256(convert_to(s.seq::text, 'UTF8')), 'hex')
                from (select *, row_number() over (order by seq) as k, count(*) over () as m from audit_journal where case_id = '%1$s') j
                join bench_clone c on c.tmpl = %2$d
                cross join lateral (select (select last_seq from audit_journal_head) + (c.n - 1) * 1000 + j.k as seq) s
                """.formatted(caseId, t, suffixed("j.task_id"), suffixed("j.process_instance_id")));
    }

    private void clone(Statement sql, int t, String caseId, String table, String templateRows) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        try (ResultSet rows = db.getMetaData().getColumns(null, "public", table, null)) {
            while (rows.next()) {
                String column = rows.getString("COLUMN_NAME");
                columns.add(column);
                values.add(valueOf(column, caseId));
            }
        }
        sql.execute("insert into %s (%s) select %s from %s t join bench_clone c on c.tmpl = %d where %s".formatted(
                table, String.join(", ", columns), String.join(", ", values), table, t, templateRows));
    }

    private static String valueOf(String column, String caseId) {
        if (INSTANCE_IDS.contains(column)) {
            // Grants on "*" and the like are not instance ids.
            return column.equals("resource_id_") ? "case when t.resource_id_ = '*' then '*' else " + suffixed("t.resource_id_") + " end"
                    : suffixed("t." + column);
        }
        if (PEOPLE_AND_GROUPS.contains(column)) {
            return "bench_remap(t." + column + ", c.b, c.c, c.p)";
        }
        if (CASE_TEXT.contains(column)) {
            return "replace(t." + column + ", '" + caseId + "', c.case_id)";
        }
        if (TIMES.contains(column)) {
            return "t." + column + " - c.age";
        }
        if (column.equals("lock_owner_") || column.equals("lock_exp_time_")) {
            return "null";
        }
        return "t." + column;
    }

    /** The clone's id of a row: the template's id and the clone's suffix, or a digest of a long id (activity instances) and the suffix. */
    private static String suffixed(String column) {
        return "case when length(%1$s) + length(c.suffix) <= 64 then %1$s || c.suffix else md5(%1$s) || c.suffix end".formatted(column);
    }

    /** Completed tasks behind the open cases, up to the scale's count: mostly monthly mentoring reports, over the last years. */
    void topUpHistoricTasks() throws SQLException {
        try (Statement sql = db.createStatement()) {
            long present;
            try (ResultSet count = sql.executeQuery("select count(*) from act_hi_taskinst")) {
                count.next();
                present = count.getLong(1);
            }
            long missing = scale.historicTasks - present;
            if (missing <= 0) {
                return;
            }
            int perCase = (int) Math.ceil((double) missing / scale.openCases);
            sql.execute("""
                    insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
                        execution_id_, act_inst_id_, name_, assignee_, start_time_, end_time_, duration_, priority_, task_state_)
                    select 'h' || c.n || '-' || k, 'Task_ReportMentoringProgress', 'mentoring', d.id_, e.root_proc_inst_id_, e.root_proc_inst_id_,
                           e.root_proc_inst_id_, 'Task_ReportMentoringProgress:h' || c.n || '-' || k, 'Báo cáo kết quả giúp đỡ hằng tháng',
                           c.b || '.dv1', now() - c.age - make_interval(days => 30 * k), now() - c.age - make_interval(days => 30 * k - 3),
                           259200000, 50, 'Completed'
                    from bench_clone c
                    join act_ru_execution e on e.business_key_ = c.case_id and e.id_ = e.proc_inst_id_ and e.super_exec_ is null
                    cross join generate_series(1, %d) k
                    cross join (select id_ from act_re_procdef where key_ = 'mentoring' order by version_ desc limit 1) d
                    where c.n * %d + k <= %d""".formatted(perCase, perCase, missing + perCase));
        }
    }

    /** The journal's head follows the last bulk entry, so the app's next entry chains on after it. */
    void finish() throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("update audit_journal_head set last_seq = j.seq, last_hash = j.hash "
                    + "from (select seq, hash from audit_journal order by seq desc limit 1) j where id = 1");
            sql.execute("select setval('candidate_case_seq', greatest((select last_value from candidate_case_seq), 1))");
            sql.execute("drop table if exists bench_clone");
            sql.execute("analyze");
        }
    }
}
