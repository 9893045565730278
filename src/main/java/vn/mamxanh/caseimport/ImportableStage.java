package vn.mamxanh.caseimport;

import java.util.Arrays;
import java.util.Optional;

import vn.mamxanh.candidate.CaseStage;

/**
 * The stages a case can be brought in at, each with the step of {@code candidate-admission} it starts
 * before. Later stages need votes, verification and decisions the regulation wants on record as they
 * happen; those cases are entered by hand in the system, so they are refused here with a reason.
 */
enum ImportableStage {
    /** waits for the branch's intake review */
    SOURCE_POOL(CaseStage.SOURCE_POOL, "Task_ReviewIntroduction", false, false),
    /** accepted, in the monthly mentoring */
    MENTORING(CaseStage.MENTORING, "CallActivity_Mentoring", true, false),
    /** judged ready; the secretary proposes the awareness class */
    AWARENESS_CLASS(CaseStage.AWARENESS_CLASS, "Task_ProposeForAwarenessClass", true, false),
    /** certificate issued; the dossier is being compiled */
    DOSSIER(CaseStage.DOSSIER, "Task_CompileDossier", true, true);

    private final CaseStage stage;
    private final String startBefore;
    private final boolean needsMentor;
    private final boolean needsCertificate;

    ImportableStage(CaseStage stage, String startBefore, boolean needsMentor, boolean needsCertificate) {
        this.stage = stage;
        this.startBefore = startBefore;
        this.needsMentor = needsMentor;
        this.needsCertificate = needsCertificate;
    }

    CaseStage stage() {
        return stage;
    }

    String label() {
        return stage.label();
    }

    String startBefore() {
        return startBefore;
    }

    boolean needsMentor() {
        return needsMentor;
    }

    boolean needsCertificate() {
        return needsCertificate;
    }

    static Optional<ImportableStage> byLabel(String text) {
        String wanted = Texts.key(text);
        return Arrays.stream(values()).filter(s -> Texts.key(s.label()).equals(wanted)).findFirst();
    }

    /** A stage of the path that exists but is not imported, for a clearer refusal. */
    static Optional<CaseStage> laterStage(String text) {
        String wanted = Texts.key(text);
        return Arrays.stream(CaseStage.values()).filter(s -> Texts.key(s.label()).equals(wanted)).findFirst();
    }
}
