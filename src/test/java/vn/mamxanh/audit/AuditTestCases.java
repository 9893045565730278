package vn.mamxanh.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseStage;
import vn.mamxanh.candidate.CaseStatus;
import vn.mamxanh.candidate.EducationLevel;

/** Builds what the audit tests need: a case of their own, a moment in time, a person acting. */
final class AuditTestCases {

    /** The secretary declines the introduction: the shortest real way through candidate-admission to its end. */
    static final java.util.Map<String, Object> DECLINE = java.util.Map.of("intakeDecision", "DECLINE",
            "declineReason", "Chưa đủ điều kiện tạo nguồn");

    private AuditTestCases() {
    }

    static String newCase(CaseRepository cases, String branchId, String fullName) {
        String id = cases.nextId();
        cases.insert(new CandidateCase(id, fullName, LocalDate.of(1998, 4, 12), "Nữ", "0" + id.replaceAll("\\D", "").substring(4),
                "Kinh", "Không", EducationLevel.UPPER_SECONDARY, "Giáo viên", "Thôn Đông, xã An Hòa", branchId,
                "doan-an-hoa", "doan.anhoa", true, CaseStage.INTRODUCTION, CaseStatus.OPEN, false, null, null, null,
                Instant.now()));
        return id;
    }

    /** Moves the engine's clock (which the journal also reads) to a local time in Vietnam. */
    static Instant at(String localDateTime) {
        Instant instant = OffsetDateTime.parse(localDateTime + "+07:00").toInstant();
        ClockUtil.setCurrentTime(Date.from(instant));
        return instant;
    }

    /**
     * Runs engine or feature code as a person, the way a feature's service runs it on their
     * behalf, without the engine's authorization checks (those belong to the access tests).
     */
    static <T> T as(ProcessEngine engine, String user, Supplier<T> work) {
        var identity = engine.getIdentityService();
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identity.setAuthentication(user, groups);
        try {
            return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                    .execute(command -> {
                        command.disableAuthorizationCheck();
                        return work.get();
                    });
        } finally {
            identity.clearAuthentication();
        }
    }

    static void as(ProcessEngine engine, String user, Runnable work) {
        as(engine, user, () -> {
            work.run();
            return null;
        });
    }
}
