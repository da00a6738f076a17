package vn.vanban.report;

import java.time.LocalDate;

/**
 * Thời gian thực hiện — the time a row of the catalogue plans for its task, read into dates:
 * "Quý II/2024" is 1 April to 30 June. A task done again and again ("Hằng quý, 06 tháng và năm")
 * runs the whole year, and its first round is due at the end of its first quarter. A task done
 * all the time ("Thường xuyên", "Liên tục", "Quanh năm") runs the whole year and is never late:
 * it has no time by which it should have been done.
 *
 * @param start         the first day of the task: it is due in every period that reaches it
 * @param end           the last day, by which the whole task is due
 * @param firstDeadline when its first round is due: {@code end} for a task done once
 * @param ongoing       thường xuyên: done all the time, with no deadline
 */
public record PlannedTime(LocalDate start, LocalDate end, LocalDate firstDeadline, boolean ongoing) {

    public PlannedTime {
        if (end.isBefore(start) || firstDeadline.isBefore(start) || firstDeadline.isAfter(end)) {
            throw new IllegalArgumentException("not a time span: " + start + " " + firstDeadline + " " + end);
        }
    }

    /** A task with a deadline: {@code end}, and {@code firstDeadline} for its first round. */
    public PlannedTime(LocalDate start, LocalDate end, LocalDate firstDeadline) {
        this(start, end, firstDeadline, false);
    }

    /** A task done once, from {@code start} to {@code end}. */
    public static PlannedTime between(LocalDate start, LocalDate end) {
        return new PlannedTime(start, end, end);
    }

    /** The whole of {@code year}: what a time that cannot be read is taken to mean. */
    public static PlannedTime year(int year) {
        return between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** A task done all through {@code year}, never late. */
    public static PlannedTime ongoing(int year) {
        return new PlannedTime(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), LocalDate.of(year, 12, 31), true);
    }

    /** Whether the task has begun by {@code day}: a report on a period ending then counts it. */
    public boolean dueBy(LocalDate day) {
        return !start.isAfter(day);
    }
}
