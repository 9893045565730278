package vn.mamxanh.caseimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mamxanh.audit.AuditAction;
import vn.mamxanh.audit.AuditJournal;
import vn.mamxanh.audit.CaseEvent;
import vn.mamxanh.candidate.AdmissionProcess;
import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseStage;
import vn.mamxanh.candidate.CaseStatus;
import vn.mamxanh.candidate.CaseVariables;
import vn.mamxanh.candidate.IntakeDecisions;
import vn.mamxanh.candidate.IntakeVariables;
import vn.mamxanh.candidate.IntroductionRequest;
import vn.mamxanh.mentoring.MentorAssignments;
import vn.mamxanh.mentoring.MentoringVariables;
import vn.mamxanh.training.AwarenessClasses;
import vn.mamxanh.training.TrainingVariables;

/**
 * Brings the confirmed rows in as cases, all in one transaction: either every confirmed row becomes a
 * case or none does. Each case gets its row, the records its stage rests on (the intake decision and
 * the mentor from "Bồi dưỡng, giúp đỡ" on, the certificate for "Hoàn thiện hồ sơ"), an audit entry
 * naming the file and row, and its {@code candidate-admission} instance started before the stage's
 * step (process instance modification), so it waits exactly where a case of that stage waits, with
 * the stage's own start listeners, routing and access grants, and the step's start in its history.
 * Steps before it are not replayed: the sheet does not hold what they would record, and inventing
 * votes or reports would falsify the file.
 */
@Service
public class CaseImport {

    static final String ACCEPTED_BEFORE = "Đã tiếp nhận vào nguồn trước khi dùng hệ thống (nhập từ tệp Excel).";

    private final CaseRepository cases;
    private final IntakeDecisions intakeDecisions;
    private final MentorAssignments mentors;
    private final AwarenessClasses classes;
    private final AuditJournal journal;
    private final RuntimeService runtime;
    private final IdentityService identity;

    CaseImport(CaseRepository cases, IntakeDecisions intakeDecisions, MentorAssignments mentors, AwarenessClasses classes,
               AuditJournal journal, RuntimeService runtime, IdentityService identity) {
        this.cases = cases;
        this.intakeDecisions = intakeDecisions;
        this.mentors = mentors;
        this.classes = classes;
        this.journal = journal;
        this.runtime = runtime;
        this.identity = identity;
    }

    /** One case brought in: the row it came from and the case id it got. */
    public record ImportedCase(int rowNumber, String caseId, String fullName, String stageLabel) {
    }

    @Transactional
    public List<ImportedCase> importAll(List<ImportedCandidate> candidates, String importerId, String fileName) {
        List<ImportedCase> done = new ArrayList<>();
        // The uploader's branch was checked row by row; a secretary holds no right to start instances in
        // the engine (that would reach every branch), so the start runs on the app's authority.
        Authentication acting = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            for (ImportedCandidate candidate : candidates) {
                done.add(importOne(candidate, importerId, fileName));
            }
        } finally {
            if (acting != null) {
                identity.setAuthentication(acting);
            }
        }
        return done;
    }

    private ImportedCase importOne(ImportedCandidate candidate, String importerId, String fileName) {
        IntroductionRequest p = candidate.profile();
        String caseId = cases.nextId();
        cases.insert(new CandidateCase(caseId, p.fullName().trim(), p.dateOfBirth(), p.gender(), p.idNumber(), p.ethnicity(),
                p.religion(), p.educationLevel(), p.occupation(), p.residenceAddress(), p.branchId(), null, null,
                p.youthUnionMember(), CaseStage.INTRODUCTION, CaseStatus.OPEN, false, null, null, null,
                vn.mamxanh.web.VietnamTime.now()));
        ImportableStage stage = candidate.stage();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(CaseVariables.CASE_ID, caseId);
        if (stage.needsMentor()) {
            intakeDecisions.record(caseId, true, ACCEPTED_BEFORE, null, importerId);
            mentors.assign(caseId, candidate.mentorId(), importerId);
            variables.put(IntakeVariables.ACCEPTED, true);
            variables.put(MentoringVariables.MENTOR_ID, candidate.mentorId());
        }
        if (stage.ordinal() >= ImportableStage.AWARENESS_CLASS.ordinal()) {
            variables.put(MentoringVariables.READINESS, MentoringVariables.Readiness.READY.name());
        }
        if (stage.needsCertificate()) {
            classes.recordResult(caseId, true, candidate.certificateNumber(), candidate.certificateIssuedOn(), importerId);
            variables.put(TrainingVariables.CERTIFICATE_ISSUED, true);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("file", fileName);
        details.put("row", candidate.rowNumber());
        details.put("stage", stage.stage().name());
        if (candidate.mentorId() != null) {
            details.put("mentor", candidate.mentorId());
        }
        journal.record(new CaseEvent(caseId, AuditAction.CASE_IMPORTED, stage.stage().name(), null, details));
        runtime.createProcessInstanceByKey(AdmissionProcess.KEY)
                .businessKey(caseId)
                .setVariables(variables)
                .startBeforeActivity(stage.startBefore())
                .execute();
        return new ImportedCase(candidate.rowNumber(), caseId, p.fullName().trim(), stage.label());
    }
}
