package vn.mamxanh.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.postgresql.PGConnection;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * The party's tree and the people who log in, written straight into the app's and the engine's
 * identity tables with COPY (what {@code IdentitySync} would write one row at a time).
 *
 * <p>Shape per province: the province committee ({@code tNN}) over the upper-level committee the
 * routing walks up to ({@code tNN-cq}, kind DISTRICT until the code routes by function), its bodies
 * (political centre, organisation board, standing committee, inspection commission), then commune
 * committees ({@code tNN-xCCC}, GRASSROOTS) with a Youth Union each and their branches
 * ({@code tNN-xCCC-cbBB}). Every unit id is a prefix of the ids below it, which lets cloned cases be
 * moved to another branch by rewriting prefixes.
 */
final class Tree {

    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Minh", "Thanh", "Ngọc", "Quang", "Thu", "Đức", "Kim"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dung", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Lan",
            "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vân", "Yến"};

    final Scale scale;
    final String passwordHash;

    Tree(Scale scale, String password) {
        this.scale = scale;
        this.passwordHash = "{BCRYPT}" + BCrypt.hashpw(password, BCrypt.gensalt(10));
    }

    static String province(int p) {
        return "t%02d".formatted(p);
    }

    static String upper(int p) {
        return province(p) + "-cq";
    }

    static String commune(int p, int c) {
        return province(p) + "-x%03d".formatted(c);
    }

    static String branch(int p, int c, int b) {
        return commune(p, c) + "-cb%02d".formatted(b);
    }

    static String youthUnion(int p, int c) {
        return commune(p, c) + "-doan";
    }

    static String secretary(String branch) {
        return branch + ".bithu";
    }

    static String representative(int p, int c) {
        return youthUnion(p, c) + ".dd";
    }

    static String auditor(int p) {
        return province(p) + ".ubkt";
    }

    static String standingCommittee(int p) {
        return province(p) + ".btv";
    }

    static String name(long n) {
        return SURNAMES[(int) (n % SURNAMES.length)] + " " + MIDDLE[(int) (n / 7 % MIDDLE.length)] + " "
                + GIVEN[(int) (n / 13 % GIVEN.length)];
    }

    /** Loads units, people, roles, the Camunda users, groups and memberships, and the grants the app gives at start-up. */
    void load(Connection db) throws SQLException, IOException {
        Rows units = new Rows();
        Rows people = new Rows();
        Rows roles = new Rows();
        Rows groups = new Rows();
        List<String[]> memberships = new ArrayList<>();
        long n = 0;
        for (int p = 1; p <= scale.provinces; p++) {
            String province = province(p);
            String upper = upper(p);
            String place = "tỉnh " + p;
            units.add(province, "PROVINCE", null, "Tỉnh ủy " + place, null);
            units.add(upper, "DISTRICT", null, "Cấp ủy cấp trên cơ sở, " + place, province);
            String[][] bodies = {
                    {"-ttct", "POLITICAL_CENTRE", "Trung tâm Chính trị " + place, ".ttct", "POLITICAL_CENTRE_STAFF", "staff", "Cán bộ"},
                    {"-btc", "ORGANISATION_BOARD", "Ban Tổ chức " + place, ".btc", "ORGANISATION_BOARD_MEMBER", "member", "Ủy viên"},
                    {"-btv", "STANDING_COMMITTEE", "Ban Thường vụ " + place, ".btv", "STANDING_COMMITTEE_MEMBER", "member", "Ủy viên"},
                    {"-ubkt", "INSPECTION_COMMISSION", "Ủy ban Kiểm tra " + place, ".ubkt", "AUDITOR", "auditor", "Kiểm tra viên"}};
            for (String[] body : bodies) {
                String unit = province + body[0];
                units.add(unit, body[1], null, body[2], upper);
                person(people, province + body[3], name(n++), null, "OFFICIAL");
                role(roles, groups, memberships, province + body[3], unit, body[4], body[5], body[6] + " - " + body[2]);
            }
            person(people, province + ".tu", name(n++), null, "OFFICIAL");
            role(roles, groups, memberships, province + ".tu", province, "PROVINCE_COMMITTEE", "committee",
                    "Ủy viên Ban Thường vụ - Tỉnh ủy " + place);
            for (int c = 1; c <= scale.communesPerProvince; c++) {
                String commune = commune(p, c);
                String communeName = "Đảng ủy xã %d, %s".formatted(c, place);
                units.add(commune, "GRASSROOTS", null, communeName, upper);
                units.add(youthUnion(p, c), "MASS_ORGANISATION", "YOUTH_UNION", "Đoàn Thanh niên xã %d, %s".formatted(c, place), commune);
                person(people, representative(p, c), name(n++), null, "NONE");
                role(roles, groups, memberships, representative(p, c), youthUnion(p, c), "MASS_ORGANISATION_REPRESENTATIVE",
                        "representative", "Đại diện - Đoàn Thanh niên xã %d, %s".formatted(c, place));
                for (int b = 1; b <= scale.branchesPerCommune; b++) {
                    String branch = branch(p, c, b);
                    String branchName = "Chi bộ %d, xã %d, %s".formatted(b, c, place);
                    units.add(branch, "BRANCH", null, branchName, commune);
                    person(people, secretary(branch), name(n++), branch, "OFFICIAL");
                    role(roles, groups, memberships, secretary(branch), branch, "SECRETARY", "secretary", "Bí thư - " + branchName);
                    role(roles, groups, memberships, secretary(branch), branch, "BRANCH_COMMITTEE", "committee", "Chi ủy - " + branchName);
                    person(people, branch + ".chiuy", name(n++), branch, "OFFICIAL");
                    role(roles, groups, memberships, branch + ".chiuy", branch, "BRANCH_COMMITTEE", "committee", "Chi ủy - " + branchName);
                    for (int m = 1; m <= 3; m++) {
                        person(people, branch + ".dv" + m, name(n++), branch, "OFFICIAL");
                    }
                    if (b <= 3) {
                        String member = commune + ".du" + b;
                        person(people, member, name(n++), branch, "OFFICIAL");
                        role(roles, groups, memberships, member, commune, "GRASSROOTS_COMMITTEE", "committee", "Đảng ủy viên - " + communeName);
                    }
                }
            }
        }
        person(people, "quantri", "Quản trị Hệ thống", null, "NONE");
        role(roles, groups, memberships, "quantri", upper(1), "ADMINISTRATOR", "admin", "Quản trị - " + upper(1));
        groups.add("camunda-admin", "1", "Quản trị hệ thống", "SYSTEM");
        memberships.add(new String[] {"quantri", "camunda-admin"});
        groups.add("mamxanh.users", "1", "Người dùng Mầm Xanh", "SYSTEM");

        Rows users = new Rows();
        Rows members = new Rows();
        for (String[] person : people.rows) {
            String[] names = splitName(person[1]);
            users.add(person[0], "1", names[0], names[1], null, passwordHash, null, null, "0", null);
            members.add(person[0], "mamxanh.users");
        }
        for (String[] membership : memberships) {
            members.add(membership[0], membership[1]);
        }
        copy(db, "org_unit (id, kind, mass_organisation_type, name, parent_id)", units);
        copy(db, "person (id, full_name, email, branch_id, membership, member_since)", people);
        copy(db, "role_assignment (person_id, unit_id, role)", roles);
        copy(db, "act_id_user (id_, rev_, first_, last_, email_, pwd_, salt_, lock_exp_time_, attempts_, picture_id_)", users);
        copy(db, "act_id_group (id_, rev_, name_, type_)", groups);
        copy(db, "act_id_membership (user_id_, group_id_)", members);
        try (Statement sql = db.createStatement()) {
            // OrganisationRepository.insert: each unit holds its kind's functions by default (UnitFunction.defaultsFor),
            // which is what routing walks up to.
            for (String[] held : new String[][] {{"POLITICAL_CENTRE", "CLASSES"}, {"ORGANISATION_BOARD", "APPRAISAL"},
                    {"STANDING_COMMITTEE", "ADMISSION_DECISION"}, {"STANDING_COMMITTEE", "OVERSIGHT"},
                    {"PROVINCE", "OLDER_CANDIDATE_APPROVAL"}, {"GRASSROOTS", "OVERSIGHT"}}) {
                sql.execute("insert into unit_function (unit_id, function_code) select id, '" + held[1]
                        + "' from org_unit where kind = '" + held[0] + "'");
            }
            // What the engine's default authorization provider gives each new user (their own profile) and group (its members read it).
            sql.execute("insert into act_ru_authorization (id_, rev_, type_, user_id_, resource_type_, resource_id_, perms_) "
                    + "select gen_random_uuid()::text, 1, 1, id_, 1, id_, 2147483647 from act_id_user u where not exists "
                    + "(select 1 from act_ru_authorization a where a.user_id_ = u.id_ and a.resource_type_ = 1 and a.resource_id_ = u.id_)");
            sql.execute("insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_) "
                    + "select gen_random_uuid()::text, 1, 1, id_, 2, id_, 2 from act_id_group g where id_ <> 'camunda-admin' "
                    // groups the app made itself at start-up (the operators) already have theirs
                    + "and not exists (select 1 from act_ru_authorization a where a.group_id_ = g.id_ and a.resource_type_ = 2 "
                    + "and a.resource_id_ = g.id_)");
            // IdentitySync.grantBaselineAccess: Tasklist, the models and the filters for everyone.
            grant(sql, "mamxanh.users", 0, "tasklist", 32);
            grant(sql, "mamxanh.users", 6, "*", 2);
            grant(sql, "mamxanh.users", 10, "*", 2);
            grant(sql, "mamxanh.users", 5, "*", 2);
            // IntakeAccess: representatives start candidate-admission; AccessBaseline: auditors open Cockpit.
            sql.execute("insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_) "
                    + "select gen_random_uuid()::text, 1, 1, id_, 6, 'candidate-admission', 256 from act_id_group where id_ like '%.representative'");
            sql.execute("insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_) "
                    + "select gen_random_uuid()::text, 1, 1, id_, 8, '*', 8 from act_id_group where id_ like '%.representative'");
            sql.execute("insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_) "
                    + "select gen_random_uuid()::text, 1, 1, id_, 0, 'cockpit', 32 from act_id_group where id_ like '%.auditor'");
        }
    }

    private static void grant(Statement sql, String group, int resourceType, String resourceId, int permissions) throws SQLException {
        sql.execute("insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_) "
                + "select gen_random_uuid()::text, 1, 1, '%s', %d, '%s', %d where not exists (select 1 from act_ru_authorization "
                .formatted(group, resourceType, resourceId, permissions)
                + "where group_id_ = '%s' and resource_type_ = %d and resource_id_ = '%s')".formatted(group, resourceType, resourceId));
    }

    private void person(Rows people, String id, String fullName, String branch, String membership) {
        people.add(id, fullName, null, branch, membership, "OFFICIAL".equals(membership) ? "2015-05-19" : null);
    }

    private static void role(Rows roles, Rows groups, List<String[]> memberships, String person, String unit, String role,
                             String code, String groupName) {
        roles.add(person, unit, role);
        String group = unit + "." + code;
        if (groups.ids.add(group)) {
            groups.add(group, "1", groupName, "UNIT_ROLE");
        }
        memberships.add(new String[] {person, group});
    }

    private static String[] splitName(String fullName) {
        int lastSpace = fullName.lastIndexOf(' ');
        return lastSpace < 0 ? new String[] {fullName, ""}
                : new String[] {fullName.substring(0, lastSpace), fullName.substring(lastSpace + 1)};
    }

    static void copy(Connection db, String table, Rows rows) throws SQLException, IOException {
        String csv = rows.csv();
        db.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin with (format csv)", new StringReader(csv));
    }

    /** Rows for COPY ... (format csv): null is an empty unquoted field, text is always quoted. */
    static final class Rows {
        final List<String[]> rows = new ArrayList<>();
        final java.util.Set<String> ids = new java.util.HashSet<>();

        void add(String... values) {
            rows.add(values);
        }

        String csv() {
            StringBuilder out = new StringBuilder(rows.size() * 80);
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    if (row[i] != null) {
                        out.append('"').append(row[i].replace("\"", "\"\"")).append('"');
                    }
                }
                out.append('\n');
            }
            return out.toString();
        }
    }
}
