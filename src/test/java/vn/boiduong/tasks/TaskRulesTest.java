package vn.boiduong.tasks;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.boiduong.shared.Problems;
import vn.boiduong.tasks.TaskRules.Status;

/** A task is done only with its product, only by its authority, never by the one who submitted it; returning needs a reason. */
class TaskRulesTest {

    @Test
    void doneOnlyWithAProductAndByTheAuthority() {
        assertThatCode(() -> TaskRules.checkAccept(Status.SUBMITTED, true, true, false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> TaskRules.checkAccept(Status.SUBMITTED, false, true, false)).isInstanceOf(Problems.InvalidInput.class)
                .matches(e -> ((Problems.InvalidInput) e).problems().get(0).code().equals("tasks.error.noProduct"));
        assertThatThrownBy(() -> TaskRules.checkAccept(Status.SUBMITTED, true, false, false)).isInstanceOf(Problems.InvalidInput.class);
        assertThatThrownBy(() -> TaskRules.checkAccept(Status.SUBMITTED, true, true, true)).isInstanceOf(Problems.InvalidInput.class);
        for (Status s : Status.values()) {
            if (s != Status.SUBMITTED) {
                assertThatThrownBy(() -> TaskRules.checkAccept(s, true, true, false)).isInstanceOf(Problems.InvalidInput.class);
            }
        }
    }

    @Test
    void submittingNeedsTheProductItself() {
        assertThatThrownBy(() -> TaskRules.checkSubmit(Status.IN_PROGRESS, false)).isInstanceOf(Problems.InvalidInput.class);
        assertThatCode(() -> TaskRules.checkSubmit(Status.RETURNED, true)).doesNotThrowAnyException();
        assertThatThrownBy(() -> TaskRules.checkSubmit(Status.DONE, true)).isInstanceOf(Problems.InvalidInput.class);
    }

    @Test
    void returningNeedsAReason() {
        assertThatThrownBy(() -> TaskRules.checkReturn(Status.SUBMITTED, true, " ")).isInstanceOf(Problems.InvalidInput.class);
        assertThatCode(() -> TaskRules.checkReturn(Status.SUBMITTED, true, "Thiếu số liệu")).doesNotThrowAnyException();
        assertThatThrownBy(() -> TaskRules.checkReport(Status.SUBMITTED, 50)).isInstanceOf(Problems.InvalidInput.class);
        assertThatThrownBy(() -> TaskRules.checkReport(Status.IN_PROGRESS, 101)).isInstanceOf(Problems.InvalidInput.class);
        assertThatThrownBy(() -> TaskRules.checkCancel(Status.DONE, "x")).isInstanceOf(Problems.InvalidInput.class);
    }
}
