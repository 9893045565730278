package vn.mamxanh.verification;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.mamxanh.verification.AdverseFindings.Item;

/** The dossier, family, introducer and verification tables. Corrections are new rows (R16). */
@Repository
public class Dossiers {

    /** How the candidate themself is named among the verification subjects. */
    public static final String CANDIDATE_SUBJECT = "Bản thân";

    public record FamilyMember(String relation, String fullName) {
    }

    public record Introduction(String kind, String personId, Integer monthsKnown, String resolutionRef) {
    }

    private final JdbcClient jdbc;

    public Dossiers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String caseId, LocalDate applicationDate, LocalDate selfReportDate, String massOrganisationComments,
                       String residenceComments, List<FamilyMember> family, List<Introduction> introductions, String compiledBy) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into dossier (case_id, application_date, self_report_date, mass_organisation_comments,
                    residence_comments, compiled_by, compiled_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, Date.valueOf(applicationDate), Date.valueOf(selfReportDate), massOrganisationComments,
                        residenceComments, compiledBy, now())
                .update(key, "id");
        long dossierId = key.getKey().longValue();
        for (FamilyMember member : family) {
            jdbc.sql("insert into family_member (dossier_id, case_id, relation, full_name) values (?, ?, ?, ?)")
                    .params(dossierId, caseId, member.relation(), member.fullName()).update();
        }
        for (Introduction introduction : introductions) {
            jdbc.sql("""
                    insert into introducer (dossier_id, case_id, kind, person_id, months_known, resolution_ref)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(dossierId, caseId, introduction.kind(), introduction.personId(), introduction.monthsKnown(),
                            introduction.resolutionRef())
                    .update();
        }
        return dossierId;
    }

    /** Who must be verified: the candidate and the close family of the latest dossier. */
    public List<String> verificationSubjects(String caseId) {
        List<String> subjects = new ArrayList<>(List.of(CANDIDATE_SUBJECT));
        subjects.addAll(jdbc.sql("""
                select relation from family_member where dossier_id =
                    (select max(id) from dossier where case_id = ?) order by id""")
                .param(caseId).query(String.class).list());
        return subjects;
    }

    public void recordVerification(String caseId, List<Item> items, boolean passed, String note, String recordedBy) {
        Timestamp now = now();
        for (Item item : items) {
            jdbc.sql("""
                    insert into verification_item (case_id, subject, result, verifier_id, recorded_by, recorded_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(caseId, item.subject(), item.result().name(), item.verifierId(), recordedBy, now).update();
        }
        jdbc.sql("insert into verification_conclusion (case_id, passed, note, recorded_by, recorded_at) values (?, ?, ?, ?, ?)")
                .params(caseId, passed, note, recordedBy, now).update();
    }

    /** The latest result for each subject: a later entry corrects an earlier one. */
    public List<Item> latestVerification(String caseId) {
        return jdbc.sql("""
                select subject, result, verifier_id from verification_item v
                where case_id = ? and id = (select max(id) from verification_item w
                                           where w.case_id = v.case_id and w.subject = v.subject)""")
                .param(caseId)
                .query((rs, row) -> new Item(rs.getString(1), VerificationResult.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
    }

    private static Timestamp now() {
        return Timestamp.from(ClockUtil.getCurrentTime().toInstant());
    }

    /** What the latest dossier holds, for the case page's checklist. */
    public record Summary(LocalDate applicationDate, LocalDate selfReportDate, boolean massOrganisationComments,
                          boolean residenceComments, List<Introduction> introductions) {
    }

    public java.util.Optional<Summary> latest(String caseId) {
        return jdbc.sql("select * from dossier where id = (select max(id) from dossier where case_id = ?)").param(caseId)
                .query((rs, row) -> new Summary(rs.getDate("application_date").toLocalDate(),
                        rs.getDate("self_report_date").toLocalDate(),
                        !rs.getString("mass_organisation_comments").isBlank(), !rs.getString("residence_comments").isBlank(),
                        jdbc.sql("select * from introducer where dossier_id = ? order by id").param(rs.getLong("id"))
                                .query((i, n) -> new Introduction(i.getString("kind"), i.getString("person_id"),
                                        (Integer) i.getObject("months_known"), i.getString("resolution_ref")))
                                .list()))
                .optional();
    }
}
