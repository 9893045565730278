package vn.mamxanh.resolution;

import java.time.LocalDate;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.TaskForm;
import vn.mamxanh.organisation.CompetentCommittee;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.web.RuleViolationException;

/**
 * A grassroots committee authorised to admit decides as a whole (294-QĐ/TW §4.3.2): its decision,
 * for admission and for recognition alike, is recorded with the committee's vote, which must carry
 * two thirds of all its members to approve (counted as R08 counts) and cannot say no with two thirds
 * in favour. A standing committee's decision carries no vote here.
 */
@Component
public class WholeCommitteeDecision {

    private final OrganisationRepository organisation;
    private final VoteRepository votes;

    WholeCommitteeDecision(OrganisationRepository organisation, VoteRepository votes) {
        this.organisation = organisation;
        this.votes = votes;
    }

    /** Checks and records the vote when the whole committee decides; does nothing for a standing committee. */
    public void recordVoteIfWholeCommittee(CompetentCommittee competent, String caseId, Purpose purpose,
                                           DecisionForm decision, TaskForm form, String actor) {
        if (!competent.wholeCommitteeDecides()) {
            return;
        }
        String committee = competent.decides().id();
        int members = organisation.findRoleHolders(committee, Role.GRASSROOTS_COMMITTEE).size();
        int inFavour = form.requiredNumber("inFavour", "Số đảng ủy viên tán thành");
        int against = form.requiredNumber("against", "Số đảng ủy viên không tán thành");
        check(members, inFavour, against, decision.approved(), decision.approvalField());
        LocalDate meeting = decision.date();
        votes.add(new Vote(caseId, purpose, committee, decision.number(), meeting, members, inFavour, against,
                decision.approved(), decision.reason(), actor, ClockUtil.getCurrentTime().toInstant()));
        form.forget("inFavour", "against");
    }

    static void check(int members, int inFavour, int against, boolean approves, String approvalField) {
        if (members <= 0) {
            throw new RuleViolationException("R08", "inFavour",
                    "Chưa có đảng ủy viên nào trong danh sách đảng ủy: không thể tính hai phần ba.");
        }
        if (inFavour < 0 || against < 0 || inFavour + against > members) {
            throw new RuleViolationException("R08", "inFavour", "Tổng số phiếu tán thành và không tán thành ("
                    + (inFavour + against) + ") vượt quá tổng số đảng ủy viên (" + members + ").");
        }
        boolean passes = TwoThirdsMajority.passes(inFavour, members);
        if (approves && !passes) {
            throw new RuleViolationException("R08", "inFavour", "Đảng ủy quyết định cần ít nhất "
                    + TwoThirdsMajority.needed(members) + "/" + members
                    + " đảng ủy viên tán thành (hai phần ba tổng số đảng ủy viên); mới có " + inFavour + ".");
        }
        if (!approves && passes) {
            throw new RuleViolationException("R08", approvalField, "Đã có " + inFavour + "/" + members
                    + " đảng ủy viên tán thành, đủ hai phần ba: đảng ủy không thể quyết định từ chối.");
        }
    }
}
