package vn.vanban.report;

import vn.vanban.model.PartialDate;

/**
 * Kế hoạch được báo cáo — the plan a progress file reports on: its data file, and its number and
 * date as issued when that file is still the draft.
 *
 * @param file     the plan's data file, relative to the progress file's folder
 * @param number   số of the plan as issued, or {@code null} to take the file's
 * @param date     ngày ban hành of the plan, or {@code null} to take the file's
 * @param appendix which appendix is the catalogue, from 1 ("Phụ lục I"), or {@code null} for the first
 * @param columns  the keys of the catalogue's columns the report reads
 */
public record PlanReference(String file, Integer number, PartialDate date, Integer appendix, CatalogueColumns columns) {

    public PlanReference {
        columns = columns == null ? CatalogueColumns.DEFAULT : columns;
    }

    /**
     * Which columns of the catalogue hold a task's content, its lead agency and its planned time,
     * by key; {@code null} for the usual key ({@code content}, {@code lead}, {@code time}). A
     * catalogue without a {@code lead} column and none named has its report's table left without one.
     *
     * @param content nội dung công việc
     * @param lead    cơ quan chủ trì
     * @param time    thời gian thực hiện
     */
    public record CatalogueColumns(String content, String lead, String time) {
        public static final CatalogueColumns DEFAULT = new CatalogueColumns(null, null, null);
    }
}
