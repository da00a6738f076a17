package vn.vanban.report;

import vn.vanban.model.Text;

/**
 * Nhiệm vụ — a numbered row of the plan's catalogue, as a report sees it.
 *
 * @param number   its number (STT) in the catalogue, from 1
 * @param id       its id (mã nhiệm vụ), or {@code null}
 * @param group    the title of the group row above it, or {@code null}
 * @param row      its index among the catalogue's rows, group rows counted (for field paths)
 * @param content  nội dung công việc
 * @param lead     cơ quan chủ trì, or {@code null}
 * @param time     thời gian thực hiện as the plan writes it, or {@code null}
 * @param planned  the span the planned time means; the plan's whole year when it could not be read
 * @param read     whether the planned time was read (else {@code planned} is the whole year)
 */
public record Task(int number, String id, String group, int row, Text content, Text lead, Text time,
                   PlannedTime planned, boolean read) {
}
