package vn.vanban.report;

import java.time.LocalDate;

/**
 * Tình hình thực hiện một nhiệm vụ — where a task stands at the report: as its entry in the
 * progress file says, or, without one, not started when it was due in the period and not yet due
 * otherwise; and whether it is late.
 *
 * @param task  the task
 * @param entry what the progress file says of it, or {@code null}
 * @param state where it stands
 * @param late  chậm tiến độ: not done though its time (its first round, for a task done again and
 *              again) is over
 */
public record Standing(Task task, RowProgress entry, State state, boolean late) {

    /** Where a task stands: a {@link Status}, or not yet due. */
    public enum State {
        DONE, IN_PROGRESS, NOT_STARTED, CANCELLED, NOT_DUE
    }

    /**
     * Where {@code task} stands in a report on a period ending {@code periodEnd}, judged on
     * {@code asOf}: the report's date when it is written before the period ends (a year's report
     * dated 20 December finds a task of Tháng 12 not yet late), else the period's end (a report
     * written in the next quarter does not count that quarter's delays). A task done all the time
     * is never late.
     */
    static Standing of(Task task, RowProgress entry, LocalDate periodEnd, LocalDate asOf) {
        boolean due = task.planned().dueBy(periodEnd);
        Status status = entry == null ? Status.NOT_STARTED : entry.status();
        State state = switch (status) {
            case DONE -> State.DONE;
            case CANCELLED -> State.CANCELLED;
            case IN_PROGRESS -> State.IN_PROGRESS;
            case NOT_STARTED -> due ? State.NOT_STARTED : State.NOT_DUE;
        };
        boolean late = !task.planned().ongoing() && (state == State.IN_PROGRESS && !task.planned().end().isAfter(asOf)
                || state == State.NOT_STARTED && !task.planned().firstDeadline().isAfter(asOf));
        return new Standing(task, entry, state, late);
    }

    /**
     * Whether the report's table lists it: a task due in the period, or one the progress file says
     * was begun, done or dropped before its time.
     */
    public boolean listed() {
        return state != State.NOT_DUE;
    }
}
