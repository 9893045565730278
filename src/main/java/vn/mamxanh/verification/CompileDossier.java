package vn.mamxanh.verification;

import static vn.mamxanh.verification.VerificationVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.Actors;
import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.TaskForm;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.verification.Dossiers.FamilyMember;
import vn.mamxanh.verification.Dossiers.Introduction;
import vn.mamxanh.verification.IntroducerRule.MemberIntroducer;
import vn.mamxanh.web.RuleViolationException;

/** Task_CompileDossier: the admission dossier, 1-KNĐ to 5-KNĐ, with the introducers checked against R04. */
@Component("compileDossier")
public class CompileDossier implements TaskListener {

    private final CaseRepository cases;
    private final OrganisationRepository organisation;
    private final Dossiers dossiers;
    private final Actors actors;
    private final IntroducerRule.Limits limits;

    public CompileDossier(CaseRepository cases, OrganisationRepository organisation, Dossiers dossiers, Actors actors,
                          @Value("${mamxanh.rules.introducers.minimum-months-known}") int minimumMonthsKnown,
                          @Value("${mamxanh.rules.introducers.youth-union-maximum-age}") int youthUnionMaximumAge) {
        this.cases = cases;
        this.organisation = organisation;
        this.dossiers = dossiers;
        this.actors = actors;
        this.limits = new IntroducerRule.Limits(minimumMonthsKnown, youthUnionMaximumAge);
    }

    @Override
    public void notify(DelegateTask task) {
        TaskForm form = TaskForm.of(task);
        CandidateCase candidate = cases.get(form.caseId());
        LocalDate applicationDate = form.requiredDate(APPLICATION_DATE, "Ngày làm đơn xin vào Đảng (1-KNĐ)");
        LocalDate selfReportDate = form.requiredDate(SELF_REPORT_DATE, "Ngày khai lý lịch (2-KNĐ)");
        List<FamilyMember> family = Lines.parse(form.requiredText(FAMILY_MEMBERS, "Người thân cần thẩm tra"),
                FAMILY_MEMBERS, 2, "Quan hệ | Họ tên").stream().map(row -> new FamilyMember(row[0], row[1])).toList();
        IntroductionRoute route = form.requiredOption(INTRODUCTION_ROUTE, "Hình thức giới thiệu", IntroductionRoute.class);
        List<MemberIntroducer> members = new ArrayList<>();
        member(form, INTRODUCER_1_ID, INTRODUCER_1_MONTHS).ifPresent(members::add);
        member(form, INTRODUCER_2_ID, INTRODUCER_2_MONTHS).ifPresent(members::add);
        String resolution = form.text(UNION_RESOLUTION).orElse(null);
        LocalDate today = vn.mamxanh.web.VietnamTime.today();
        IntroducerRule.check(route, candidate.ageOn(today), candidate.youthUnionMember(), members, resolution, limits)
                .ifPresent(violation -> {
                    throw new RuleViolationException("R04", violation.field(), violation.message());
                });
        String massComments = form.requiredText(MASS_ORGANISATION_COMMENTS, "Nhận xét của đoàn thể (5-KNĐ)");
        String residenceComments = form.requiredText(RESIDENCE_COMMENTS, "Nhận xét của chi ủy nơi cư trú (5-KNĐ)");

        List<Introduction> introductions = new ArrayList<>();
        if (route != IntroductionRoute.TWO_MEMBERS) {
            introductions.add(new Introduction(route.name(), null, null, resolution));
        }
        members.forEach(m -> introductions.add(new Introduction("MEMBER", m.personId(), m.monthsKnown(), null)));
        dossiers.insert(candidate.id(), applicationDate, selfReportDate, massComments, residenceComments, family,
                introductions, actors.completing(task));
        form.forget(APPLICATION_DATE, SELF_REPORT_DATE, FAMILY_MEMBERS, INTRODUCTION_ROUTE, INTRODUCER_1_ID,
                INTRODUCER_1_MONTHS, INTRODUCER_2_ID, INTRODUCER_2_MONTHS, UNION_RESOLUTION, MASS_ORGANISATION_COMMENTS,
                RESIDENCE_COMMENTS);
    }

    private Optional<MemberIntroducer> member(TaskForm form, String idField, String monthsField) {
        return form.text(idField).map(id -> new MemberIntroducer(idField, id, organisation.findPerson(id),
                form.requiredNumber(monthsField, "Số tháng công tác, sinh sống cùng quần chúng")));
    }
}
