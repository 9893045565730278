package vn.mamxanh.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseStage;
import vn.mamxanh.candidate.CaseStatus;
import vn.mamxanh.candidate.CaseVariables;
import vn.mamxanh.candidate.EducationLevel;
import vn.mamxanh.organisation.DemoOrganisation;

/**
 * A freshly introduced candidate's case with its admission process started, for tests that need
 * a first task of a branch to look at. Only the case row, the business key and the variables
 * {@code caseId} and {@code branchId} are assumed of the model, so it survives model changes.
 */
public final class NewCases {

    private NewCases() {
    }

    /** Starts a case in the branch and answers its first open task. */
    public static Task firstTaskOfANewCase(CaseRepository cases, ProcessEngine engine, String branchId) {
        String caseId = cases.nextId();
        String serial = caseId.substring(caseId.length() - 6);
        cases.insert(new CandidateCase(caseId, "Lê Thị Hoa", LocalDate.of(1998, 5, 12), "Nữ", "001198" + serial,
                "Kinh", "Không", EducationLevel.UPPER_SECONDARY, "Giáo viên", "Thôn Đông, xã An Hòa", branchId,
                DemoOrganisation.YOUTH_UNION, "doan.anhoa", true, CaseStage.INTRODUCTION, CaseStatus.OPEN, false,
                null, null, null, Instant.now()));
        String processInstanceId = engine.getRuntimeService().startProcessInstanceByKey("candidate-admission", caseId,
                Map.of(CaseVariables.CASE_ID, caseId, "branchId", branchId)).getId();
        return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }
}
