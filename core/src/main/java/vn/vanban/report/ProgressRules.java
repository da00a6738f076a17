package vn.vanban.report;

import vn.vanban.load.Locations;
import vn.vanban.load.Node;
import vn.vanban.load.Problems;
import vn.vanban.load.Suggestions;
import vn.vanban.load.Values;
import vn.vanban.model.Appendix;
import vn.vanban.model.Column;
import vn.vanban.model.PartialDate;
import vn.vanban.model.Plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static vn.vanban.load.Paths.at;
import static vn.vanban.load.Paths.index;

/**
 * The rules a progress file obeys against its plan: its period is of the plan's year, the plan's
 * number and date are known (given when its file is the draft, and not contradicting it), the
 * catalogue has the columns the report reads, and every entry names one row of it, once. Each
 * problem is placed at its line and column in the progress file; what is only doubtful (a due
 * task without an entry, a planned time that cannot be read) is a warning. One instance per file.
 */
final class ProgressRules {

    /** The most row ids a message lists: past it, naming them all would not help. */
    private static final int IDS_LISTED = 20;

    /** The most rows without an entry a warning lists; a file that forgot more forgot its rows. */
    static final int FORGOTTEN_LISTED = 50;

    private final Node root;
    private final Values values;
    private final Problems problems;
    private final Problems warnings;

    ProgressRules(Node root, Values values, Problems problems, Problems warnings) {
        this.root = root;
        this.values = values;
        this.problems = problems;
        this.warnings = warnings;
    }

    /** A problem at {@code path}, unless it or a value holding it was already reported. */
    private void report(String path, String message) {
        if (!values.isSettled(path)) {
            Locations.place(root, path, message, problems);
            values.settle(path);
        }
    }

    /**
     * Checks {@code progress} against its plan and says where each task stands.
     *
     * @param planWarnings where a planned time that cannot be read is told, against the plan's file
     * @return the catalogue and its tasks' standings, or empty when the catalogue cannot be read
     */
    Optional<Standings> check(Progress progress, PlanFile planFile, Problems planWarnings) {
        Plan plan = planFile.plan();
        int year = plan.date().year();
        ReportPeriod period = progress.period();
        if (period != null && period.year() != year) {
            report("period", "the plan is of " + year + ", and this period of " + period.year()
                    + "; report on a period of " + year);
        }
        PartialDate issued = issuedDate(progress.plan(), planFile);
        issuedNumber(progress.plan(), planFile);
        if (issued != null && issued.isComplete() && progress.date() != null && progress.date().isComplete()
                && progress.date().toLocalDate().get().isBefore(issued.toLocalDate().get())) {
            report("date", "the report is dated " + progress.date() + ", before the plan it reports on (" + issued
                    + ")");
        }
        Catalogue catalogue = catalogue(progress.plan(), planFile, year, planWarnings);
        if (catalogue == null || period == null) {
            return Optional.empty();
        }
        Map<Task, RowProgress> entries = entries(progress.rows(), catalogue);
        LocalDate end = period.end();
        LocalDate asOf = progress.date() != null && progress.date().isComplete()
                && progress.date().toLocalDate().get().isBefore(end) ? progress.date().toLocalDate().get() : end;
        List<Standing> standings = new ArrayList<>();
        List<Task> forgotten = new ArrayList<>();
        for (Task task : catalogue.tasks()) {
            RowProgress entry = entries.get(task);
            if (entry == null && task.planned().dueBy(end)) {
                forgotten.add(task);
            }
            standings.add(Standing.of(task, entry, end, asOf));
        }
        forgotten(forgotten, period);
        return Optional.of(new Standings(catalogue, standings));
    }

    /**
     * One warning for the tasks due without an entry, at the progress file's {@code rows}: a task
     * named with its content and time, several by their rows ("20 tasks due by the period's end
     * have no entry: rows 4, 5, 6, …"), the first {@value #FORGOTTEN_LISTED} of them. A warning a
     * task repeated the same place twenty times, and a clerk finds the rows by their numbers.
     */
    private void forgotten(List<Task> tasks, ReportPeriod period) {
        if (tasks.isEmpty()) {
            return;
        }
        if (tasks.size() == 1) {
            Task task = tasks.get(0);
            Locations.place(root, "rows", "row " + task.number() + " (" + Problems.quote(Catalogue.plain(task.content()))
                    + (task.time() == null ? "" : ", " + Catalogue.plain(task.time()).strip()) + ") is due in "
                    + period.name() + " and has no entry; it is reported as not started", warnings);
            return;
        }
        List<String> rows = tasks.stream().limit(FORGOTTEN_LISTED).map(t -> Integer.toString(t.number())).toList();
        int more = tasks.size() - rows.size();
        Locations.place(root, "rows", tasks.size() + " tasks due by the period's end (" + period.name() + ") have no "
                + "entry: rows " + String.join(", ", rows) + (more > 0 ? " and " + more + " more, from row "
                + tasks.get(FORGOTTEN_LISTED).number() + " on" : "") + "; they are reported as not started", warnings);
    }

    /** The catalogue and where each of its tasks stands, in the catalogue's order. */
    record Standings(Catalogue catalogue, List<Standing> list) {
    }

    /** The plan's date as issued: the progress file's when the plan's file is the draft; {@code null} when unknown. */
    private PartialDate issuedDate(PlanReference ref, PlanFile planFile) {
        PartialDate inFile = planFile.plan().date();
        if (ref == null) {
            return inFile;
        }
        if (ref.date() == null) {
            if (!inFile.isComplete()) {
                report("plan.date", "the plan file " + Problems.quote(planFile.name()) + " is dated only "
                        + Problems.quote(inFile.toString()) + "; give the date the plan was issued, as YYYY-MM-DD");
                return null;
            }
            return inFile;
        }
        if (!ref.date().isComplete()) {
            report("plan.date", "expected the full date the plan was issued, as YYYY-MM-DD, found "
                    + Problems.quote(ref.date().toString()));
            return null;
        }
        if (inFile.isComplete() && !inFile.equals(ref.date())) {
            report("plan.date", "the plan file is dated " + inFile + "; leave plan.date out, or correct the plan file");
        }
        return ref.date();
    }

    private void issuedNumber(PlanReference ref, PlanFile planFile) {
        Integer inFile = planFile.plan().number();
        Integer given = ref == null ? null : ref.number();
        if (given == null && inFile == null && ref != null && !values.isSettled("plan.number")) {
            report("plan.number", "the plan file " + Problems.quote(planFile.name()) + " is a draft without a number; "
                    + "give the number the plan was issued with");
        } else if (given != null && inFile != null && !given.equals(inFile)) {
            report("plan.number", "the plan file gives the number " + inFile + "; leave plan.number out, or correct the "
                    + "plan file");
        }
    }

    /** The catalogue named, with the columns the report reads; {@code null} after reporting why not. */
    private Catalogue catalogue(PlanReference ref, PlanFile planFile, int year, Problems planWarnings) {
        String notAPlan = PlanText.notAPlan(planFile.plan(), planFile.name());
        if (notAPlan != null) {
            report("plan.file", notAPlan);
            return null;
        }
        PlanText text = PlanText.of(planFile.plan());
        List<Appendix> appendices = text.appendices();
        if (appendices.isEmpty()) {
            report("plan.file", (text.attached() ? "the plan that " + Problems.quote(planFile.name()) + " issues"
                    : "the plan " + Problems.quote(planFile.name())) + " has no catalogue (appendix) to report on");
            return null;
        }
        int index = 0;
        if (ref.appendix() != null) {
            if (ref.appendix() > appendices.size()) {
                report("plan.appendix", "the plan has " + appendices.size() + (appendices.size() == 1 ? " appendix" : " appendices")
                        + "; expected a number from 1 to " + appendices.size() + ", found " + ref.appendix());
                return null;
            }
            index = ref.appendix() - 1;
        }
        Appendix a = appendices.get(index);
        List<String> keys = a.columns().stream().map(Column::key).toList();
        PlanReference.CatalogueColumns c = ref.columns();
        String content = column(keys, c.content(), "content", "the tasks' content");
        String time = column(keys, c.time(), "time", "the planned times");
        String lead = c.lead() != null ? column(keys, c.lead(), "lead", "the lead agencies")
                : keys.contains("lead") ? "lead" : null;
        if (content == null || time == null || (c.lead() != null && lead == null)) {
            return null;
        }
        return new Catalogue(a, text.appendicesPath() + "[" + index + "]", content, lead, time, year, planWarnings,
                planFile.tree());
    }

    /** The key of a column the report reads, when the catalogue has it; else {@code null} after saying how to name it. */
    private String column(List<String> keys, String named, String usual, String what) {
        String key = named != null ? named : usual;
        if (keys.contains(key)) {
            return key;
        }
        report(at("plan.columns", usual), "the catalogue has no column " + Problems.quote(key) + "; its columns are: "
                + String.join(", ", keys) + ". Name the column of " + what + " with plan.columns." + usual
                + Suggestions.closest(key, keys).map(s -> "; did you mean '" + s + "'?").orElse(""));
        return null;
    }

    /** Each entry's task; an entry naming no row, or one already named, is reported. */
    private Map<Task, RowProgress> entries(List<RowProgress> rows, Catalogue catalogue) {
        Map<Task, RowProgress> out = new HashMap<>();
        Map<Task, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            RowProgress e = rows.get(i);
            String path = index("rows", i);
            Task byNumber = null;
            if (e.row() != null) {
                byNumber = catalogue.byNumber(e.row()).orElse(null);
                if (byNumber == null) {
                    report(at(path, "row"), "unknown row " + e.row() + ": the catalogue's rows are numbered 1 to "
                            + catalogue.tasks().size());
                    continue;
                }
            }
            Task byId = null;
            if (e.id() != null) {
                byId = catalogue.byId(e.id()).orElse(null);
                if (byId == null) {
                    report(at(path, "id"), unknownId(e.id(), catalogue.ids()));
                    continue;
                }
            }
            if (byNumber != null && byId != null && byNumber != byId) {
                report(at(path, "id"), "row " + byNumber.number() + " and id " + Problems.quote(e.id())
                        + " name different rows: 'id: " + e.id() + "' is row " + byId.number()
                        + "; keep one of them");
                continue;
            }
            Task task = byNumber != null ? byNumber : byId;
            if (task == null || e.status() == null) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(task, i);
            if (earlier != null) {
                report(at(path, e.row() != null ? "row" : "id"), "row " + task.number() + " is given twice; it is "
                        + "already given at rows[" + earlier + "]");
                continue;
            }
            out.put(task, e);
        }
        return out;
    }

    private static String unknownId(String id, List<String> ids) {
        if (ids.isEmpty()) {
            return "unknown row id " + Problems.quote(id) + ": the plan's rows carry no ids; name the row by its number "
                    + "(row: 3)";
        }
        return ids.size() <= IDS_LISTED ? Values.unknown("row id", id, ids)
                : "unknown row id " + Problems.quote(id) + Suggestions.closest(id, ids)
                .map(s -> "; did you mean '" + s + "'?").orElse("; no row of the catalogue carries it");
    }
}
