package vn.vanban.report;

import vn.vanban.load.Locations;
import vn.vanban.load.Node;
import vn.vanban.load.Problems;
import vn.vanban.model.Appendix;
import vn.vanban.model.CatalogueRow;
import vn.vanban.model.Column;
import vn.vanban.model.Text;
import vn.vanban.text.PlainText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Danh mục — the plan's catalogue as a report reads it: its numbered rows as {@link Task}s, each
 * with its planned time read into dates. A planned time that cannot be read is a warning, placed
 * at its cell in the plan's file, and the row is taken as due over the whole year: never guessed
 * silently.
 */
final class Catalogue {

    private final Appendix appendix;
    private final String path;
    private final String contentKey;
    private final String leadKey;
    private final String timeKey;
    private final List<Task> tasks;
    private final Map<String, Task> byId = new HashMap<>();

    /**
     * @param path     where the appendix is in the plan's file ("appendices[0]", "attached.appendices[0]")
     * @param leadKey  the lead agency's column key, or {@code null} when the catalogue has none
     * @param warnings where a time that cannot be read is told, against the plan's file
     * @param planTree the plan's file as read, to place those warnings
     */
    Catalogue(Appendix appendix, String path, String contentKey, String leadKey, String timeKey, int year,
              Problems warnings, Node planTree) {
        this.appendix = appendix;
        this.path = path;
        this.contentKey = contentKey;
        this.leadKey = leadKey;
        this.timeKey = timeKey;
        List<Task> list = new ArrayList<>();
        String group = null;
        for (int k = 0; k < appendix.rows().size(); k++) {
            CatalogueRow r = appendix.rows().get(k);
            if (r instanceof CatalogueRow.Group g) {
                group = g.title();
                continue;
            }
            if (!(r instanceof CatalogueRow.Item item)) {
                continue; // a total row is no task
            }
            Map<String, Text> cells = item.cells();
            Text time = cells.get(timeKey);
            String timeText = time == null ? "" : plain(time);
            Optional<PlannedTime> planned = Periods.plannedTime(timeText, year);
            String at = path + ".rows[" + k + "]" + (time == null ? "" : "." + timeKey);
            if (planned.isEmpty()) {
                Locations.place(planTree, at, (time == null ? "the row has no planned time"
                        : "the planned time " + Problems.quote(timeText) + " cannot be read")
                        + "; the report takes the task as due over the whole year " + year + ". Write it as 'Quý II/"
                        + year + "', 'Tháng 3/" + year + "', 'Năm " + year + "', '6 tháng đầu năm', 'Hằng quý' or "
                        + "'Trước ngày 30/6/" + year + "'", warnings);
            } else if (planned.get().end().getYear() < year) {
                // Most likely last year's time left in a plan made by next-year: read as written it
                // would be due, and late, from the first report on, and nobody would know why.
                Locations.place(planTree, at, "the planned time " + Problems.quote(timeText) + " is in "
                        + planned.get().end().getYear() + ", before the plan's year " + year + "; the report takes "
                        + "the task as due over the whole year " + year + ". Correct the year in the plan", warnings);
                planned = Optional.empty();
            } else if (planned.get().start().getYear() > year) {
                // "Trước ngày 15/01/2026" in a plan of 2025 may well be meant (the year's last report):
                // read as written, but no report of the year lists the task unless it is begun early.
                Locations.place(planTree, at, "the planned time " + Problems.quote(timeText) + " is in "
                        + planned.get().start().getYear() + ", after the plan's year " + year + ": no report on "
                        + year + " counts the task as due. If it is meant for " + year + ", correct the year in "
                        + "the plan", warnings);
            }
            Text id = cells.get(CatalogueRow.ID);
            Task task = new Task(list.size() + 1, id == null ? null : plain(id).strip(), group, k, cells.get(contentKey),
                    leadKey == null ? null : cells.get(leadKey), time, planned.orElse(PlannedTime.year(year)),
                    planned.isPresent());
            list.add(task);
            if (task.id() != null) {
                byId.putIfAbsent(task.id(), task);
            }
        }
        this.tasks = List.copyOf(list);
    }

    Appendix appendix() {
        return appendix;
    }

    /** Where the task's cell of the column {@code key} is in the plan's file ("appendices[0].rows[4].content"). */
    String cellPath(Task task, String key) {
        return path + ".rows[" + task.row() + "]." + key;
    }

    /** Where the title of the task's group is in the plan's file ("appendices[0].rows[3].group"); "" for none. */
    String groupPath(Task task) {
        for (int k = task.row() - 1; k >= 0; k--) {
            if (appendix.rows().get(k) instanceof CatalogueRow.Group) {
                return path + ".rows[" + k + "].group";
            }
        }
        return "";
    }

    /** Where the header of the column {@code key} is in the plan's file ("appendices[0].columns[2].header"). */
    String headerPath(String key) {
        List<Column> columns = appendix.columns();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).key().equals(key)) {
                return path + ".columns[" + c + "].header";
            }
        }
        return "";
    }

    /** The column key of the tasks' content. */
    String contentKey() {
        return contentKey;
    }

    /** The lead agency's column key, or {@code null} when the report's table has no such column. */
    String leadKey() {
        return leadKey;
    }

    /** The column key of the planned times. */
    String timeKey() {
        return timeKey;
    }

    /** The numbered rows, in order. */
    List<Task> tasks() {
        return tasks;
    }

    /** The task numbered {@code number} (STT, from 1). */
    Optional<Task> byNumber(int number) {
        return number >= 1 && number <= tasks.size() ? Optional.of(tasks.get(number - 1)) : Optional.empty();
    }

    Optional<Task> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The ids the rows carry, in order. */
    List<String> ids() {
        return tasks.stream().map(Task::id).filter(java.util.Objects::nonNull).toList();
    }

    /** The words of a cell, what a reader of the printed table sees; "" for no cell. */
    static String plain(Text text) {
        return PlainText.of(text);
    }
}
