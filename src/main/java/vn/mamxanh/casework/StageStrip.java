package vn.mamxanh.casework;

import java.util.Arrays;
import java.util.List;

import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseStage;
import vn.mamxanh.candidate.CaseStatus;

/** The path of DOMAIN.md §2 drawn as a strip of steps, with where the case stands. */
public final class StageStrip {

    public enum State { DONE, CURRENT, STOPPED, TODO }

    public record Step(int number, CaseStage stage, State state) {
        public String label() {
            return stage.label();
        }

        public String cssClass() {
            return state.name().toLowerCase();
        }
    }

    private StageStrip() {
    }

    public static List<Step> of(CandidateCase c) {
        return Arrays.stream(CaseStage.values()).map(stage -> new Step(stage.ordinal() + 1, stage, stateOf(stage, c))).toList();
    }

    private static State stateOf(CaseStage stage, CandidateCase c) {
        if (c.status() == CaseStatus.OFFICIAL) {
            return State.DONE;
        }
        int compared = Integer.compare(stage.ordinal(), c.stage().ordinal());
        if (compared < 0) {
            return State.DONE;
        }
        if (compared > 0) {
            return State.TODO;
        }
        return c.status() == CaseStatus.CLOSED || c.status() == CaseStatus.REMOVED ? State.STOPPED : State.CURRENT;
    }
}
