package vn.vanban.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Số liệu — how many tasks stand where, over the whole catalogue or one of its groups.
 *
 * @param total      the tasks counted
 * @param due        those whose time began by the period's end
 * @param done       hoàn thành
 * @param inProgress đang thực hiện
 * @param notStarted chưa thực hiện, though due
 * @param cancelled  không thực hiện
 * @param notDue     chưa đến thời gian thực hiện
 * @param lateInProgress in progress past their time
 * @param lateNotStarted not started past their (first) time
 */
record Tally(int total, int due, int done, int inProgress, int notStarted, int cancelled, int notDue,
             int lateInProgress, int lateNotStarted) {

    static Tally of(List<Standing> standings, LocalDate periodEnd) {
        int due = 0;
        int[] states = new int[Standing.State.values().length];
        int lateInProgress = 0;
        int lateNotStarted = 0;
        for (Standing s : standings) {
            due += s.task().planned().dueBy(periodEnd) ? 1 : 0;
            states[s.state().ordinal()]++;
            if (s.late()) {
                if (s.state() == Standing.State.IN_PROGRESS) {
                    lateInProgress++;
                } else {
                    lateNotStarted++;
                }
            }
        }
        return new Tally(standings.size(), due, states[Standing.State.DONE.ordinal()],
                states[Standing.State.IN_PROGRESS.ordinal()], states[Standing.State.NOT_STARTED.ordinal()],
                states[Standing.State.CANCELLED.ordinal()], states[Standing.State.NOT_DUE.ordinal()],
                lateInProgress, lateNotStarted);
    }

    int late() {
        return lateInProgress + lateNotStarted;
    }
}
