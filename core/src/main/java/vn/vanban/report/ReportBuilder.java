package vn.vanban.report;

import vn.vanban.load.Paths;
import vn.vanban.model.Agency;
import vn.vanban.model.Appendix;
import vn.vanban.model.BodyNode;
import vn.vanban.model.CatalogueRow;
import vn.vanban.model.Column;
import vn.vanban.model.DocumentType;
import vn.vanban.model.Inline;
import vn.vanban.model.LegalBasis;
import vn.vanban.model.Plan;
import vn.vanban.model.Text;
import vn.vanban.text.Citations;
import vn.vanban.text.VietnameseCase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static vn.vanban.model.BodyNode.clause;
import static vn.vanban.model.BodyNode.dash;
import static vn.vanban.model.BodyNode.paragraph;
import static vn.vanban.model.BodyNode.point;
import static vn.vanban.model.BodyNode.section;
import static vn.vanban.report.Origins.Source.PLAN;
import static vn.vanban.report.Origins.Source.PROGRESS;

/**
 * Makes the Báo cáo of a plan and a progress file, as data: a {@link Plan} of type
 * {@link DocumentType#BAO_CAO} that the templates and writers render as they render a plan
 * (template 1.4). Its header is the progress file's, under the plan's agency unless the file names
 * another; its summary "Kết quả thực hiện Kế hoạch số 45/KH-UBND ngày 15/3/2024 của … 06 tháng
 * đầu năm 2024"; its body I. the results (counts by state and by group, the tasks done and those
 * late), II. the difficulties, III. the next steps, IV. the proposals (when there are); its appendix a table of every
 * task due in the period, grouped as the plan groups them. As it makes each text, it records the
 * field of the progress file or the plan's file it comes from ({@link Origins}).
 */
final class ReportBuilder {

    /**
     * The most tasks the body lists one by one in a list (done in a group, or late); past it the
     * body gives the figures and leaves the tasks to the appendix's table, as a clerk would.
     */
    static final int LISTED_IN_BODY = 60;

    /** The report's one appendix, its table, in the document. */
    private static final String TABLE = "appendices[0]";

    /** The key of the table's first column, the task's STT in the plan's catalogue. */
    static final String NUMBER = "stt";

    private final Progress progress;
    private final Catalogue catalogue;
    private final List<Standing> standings;
    /** The plan as issued: the progress file's number and date over the draft's. */
    private final PlanText plan;
    private final Tally tally;
    private final Origins.Recorder origins = new Origins.Recorder();
    /** Each entry's index among the progress file's rows, for the path of its result and note. */
    private final Map<RowProgress, Integer> entries = new IdentityHashMap<>();

    ReportBuilder(Plan file, Progress progress, Catalogue catalogue, List<Standing> standings) {
        this.progress = progress;
        this.catalogue = catalogue;
        this.standings = standings;
        PlanReference ref = progress.plan();
        this.plan = PlanText.of(file.toBuilder()
                .number(ref.number() != null ? ref.number() : file.number())
                .date(ref.date() != null ? ref.date() : file.date())
                .build());
        this.tally = Tally.of(standings, progress.period().end());
        for (int i = 0; i < progress.rows().size(); i++) {
            entries.put(progress.rows().get(i), i);
        }
    }

    /**
     * Where the texts of {@code built}, made by {@link #build()}, come from: the progress file at
     * {@code file}, the plan's file at {@code planFile}, which messages name {@code planName}.
     */
    Origins origins(Plan built, Path file, Path planFile, String planName) {
        return origins.origins(built, file, planFile, planName);
    }

    Plan build() {
        Plan issuing = plan.document();
        Agency issuer = progress.issuer() != null ? progress.issuer() : issuing.issuer();
        Agency parent = progress.issuer() != null ? progress.parent() : issuing.parent();
        ReportPeriod period = progress.period();
        // The header's fields stand under the same names in the file that gives them.
        for (String field : List.of("issuer", "parent")) {
            origins.field(field, progress.issuer() != null ? PROGRESS : PLAN, field);
        }
        origins.field("signatory", PROGRESS, "signatory");
        origins.field("recipients", PROGRESS, "recipients");
        origins.field("addressees", PROGRESS, "addressees");
        Plan.Builder report = Plan.builder()
                .type(DocumentType.BAO_CAO)
                .parent(parent)
                .issuer(issuer)
                .number(progress.number())
                .date(progress.date())
                .recipients(progress.recipients())
                .addressees(progress.addressees().toArray(String[]::new))
                .signatory(progress.signatory())
                .contact(contact(issuing, issuer).toArray(String[]::new));
        // Whose the report is, by the rule its appendix's reference line follows: the committee
        // when someone signs for it (TM., KT.), its chairman when he signs in his own name.
        String reporter = Citations.whose(report.build());
        String carryOn = Sentences.carryOn(tally);
        List<BodyNode> steps = new ArrayList<>(dashes(carryOn == null ? List.of() : List.of(carryOn)));
        steps.addAll(dashes(progress.nextSteps(), "nextSteps"));
        // The steps ahead and the proposals are a section each, as clerks write them: one heading
        // for both ("… THỜI GIAN TỚI VÀ ĐỀ XUẤT, KIẾN NGHỊ") ran past its line and left "NGHỊ" alone.
        List<BodyNode> ahead = new ArrayList<>();
        ahead.add(section("Nhiệm vụ trọng tâm " + period.ahead(), steps.toArray(BodyNode[]::new)));
        if (!progress.proposals().isEmpty()) {
            ahead.add(section("Đề xuất, kiến nghị", dashes(progress.proposals(), "proposals").toArray(BodyNode[]::new)));
        }
        return report
                .summary("Kết quả thực hiện " + plan.cited() + " " + period.name())
                // A reporter reporting on its own plan names itself once, as the sentence's subject.
                .basis(LegalBasis.inline("Thực hiện", reporter + " báo cáo kết quả thực hiện " + period.name()
                        + " như sau:", plan.opening(reporter)))
                .body(results(),
                        section("Khó khăn, vướng mắc", dashes(progress.difficulties(), "difficulties").toArray(BodyNode[]::new)))
                .body(ahead.toArray(BodyNode[]::new))
                .closing("Trên đây là báo cáo kết quả thực hiện " + plan.byNumber() + " " + period.name() + " của "
                        + reporter)
                .appendix(table())
                .build();
    }

    /**
     * Box 13, the address and numbers of whoever issues the report: the progress file's own; else
     * the plan's (the decision's, for a plan a decision issues) when the report is the plan's
     * issuer's, and none when another agency reports, whose address the plan does not give.
     */
    private List<String> contact(Plan issuing, Agency issuer) {
        if (progress.contact() != null) {
            origins.field("contact", PROGRESS, "contact");
            return progress.contact();
        }
        if (!issuer.equals(issuing.issuer())) {
            return List.of();
        }
        origins.field("contact", PLAN, "contact");
        return issuing.contact();
    }

    /** I. KẾT QUẢ THỰC HIỆN: the figures, by group, and the tasks late. */
    private BodyNode results() {
        List<BodyNode> general = new ArrayList<>();
        general.add(paragraph(Sentences.overview(plan.typeName(), tally, progress.period())));
        general.addAll(dashes(Sentences.byState(tally)));
        List<BodyNode> clauses = new ArrayList<>();
        clauses.add(clause("Tình hình chung", general.toArray(BodyNode[]::new)));
        BodyNode groups = groups();
        if (groups != null) {
            clauses.add(groups);
        }
        List<Standing> late = standings.stream().filter(Standing::late).toList();
        if (!late.isEmpty()) {
            List<BodyNode> lines = late.size() > LISTED_IN_BODY ? List.of(paragraph("Chi tiết tại Phụ lục kèm theo."))
                    : late.stream().<BodyNode>map(s -> dash(lateLine(s))).toList();
            clauses.add(clause("Nhiệm vụ chậm tiến độ", lines.toArray(BodyNode[]::new)));
        }
        return section("Kết quả thực hiện", clauses.toArray(BodyNode[]::new));
    }

    /**
     * "Kết quả theo nhóm nhiệm vụ": one point for each group of the catalogue with its figures and
     * the tasks done under it; "Các nhiệm vụ đã hoàn thành" for a catalogue without groups.
     */
    private BodyNode groups() {
        Map<String, List<Standing>> byGroup = new LinkedHashMap<>();
        for (Standing s : standings) {
            byGroup.computeIfAbsent(Objects.requireNonNullElse(s.task().group(), ""), g -> new ArrayList<>()).add(s);
        }
        boolean grouped = byGroup.size() > 1 || !byGroup.containsKey("");
        if (!grouped || byGroup.size() > LISTED_IN_BODY) {
            List<BodyNode> done = doneLines(standings);
            return done.isEmpty() ? null : clause("Các nhiệm vụ đã hoàn thành", done.toArray(BodyNode[]::new));
        }
        List<BodyNode> points = new ArrayList<>();
        for (Map.Entry<String, List<Standing>> g : byGroup.entrySet()) {
            String title = g.getKey().isEmpty() ? "Nhiệm vụ khác" : g.getKey();
            Tally t = Tally.of(g.getValue(), progress.period().end());
            BodyNode p = point(title + ": " + Sentences.group(t) + ".", doneLines(g.getValue()).toArray(BodyNode[]::new));
            // The group's title is the point's one text from the data; its figures are the report's.
            points.add(g.getKey().isEmpty() ? p : origins.node(p, PLAN, catalogue.groupPath(g.getValue().get(0).task())));
        }
        return clause("Kết quả theo nhóm nhiệm vụ", points.toArray(BodyNode[]::new));
    }

    /**
     * The tasks done, one dash each, named as section 3 names the late ones: "…: không phát hiện ca
     * bệnh nhập cảnh." with its result, "…: đã hoàn thành." without; none past the body's limit.
     * A result alone ("Không phát hiện ca bệnh nhập cảnh.") says nothing without its task.
     */
    private List<BodyNode> doneLines(List<Standing> list) {
        List<Standing> done = list.stream().filter(s -> s.state() == Standing.State.DONE).toList();
        if (done.size() > LISTED_IN_BODY) {
            return List.of();
        }
        // A line with a result is made of two fields, the plan's task and the progress file's
        // result, so it has no one origin; the result's own cell in the table has.
        return done.stream().<BodyNode>map(s -> s.entry().result() != null
                ? dash(Sentences.taskResult(Catalogue.plain(s.task().content()), s.entry().result()))
                : origins.node(dash(Sentences.task(Catalogue.plain(s.task().content())) + ": đã hoàn thành."), PLAN,
                catalogue.cellPath(s.task(), catalogue.contentKey()))).toList();
    }

    /** Where the progress file gives the {@code key} of the task's entry ("rows[2].result"). */
    private String entryPath(Standing s, String key) {
        return Paths.at(Paths.index("rows", entries.get(s.entry())), key);
    }

    /** "Xây dựng chuyên mục … (Quý II/2024): đang thực hiện. Đã phát sóng 03/06 chuyên mục. Lý do …" */
    private static String lateLine(Standing s) {
        StringBuilder sb = new StringBuilder(Sentences.task(Catalogue.plain(s.task().content())));
        if (s.task().time() != null) {
            sb.append(" (").append(Catalogue.plain(s.task().time()).strip()).append(')');
        }
        sb.append(": ").append(VietnameseCase.lowerFirst(status(s.state()).label())).append('.');
        if (s.entry() != null && s.entry().result() != null) {
            sb.append(' ').append(Sentences.sentence(s.entry().result()));
        }
        if (s.entry() != null && s.entry().note() != null) {
            sb.append(' ').append(Sentences.sentence(s.entry().note()));
        }
        return sb.toString();
    }

    private static Status status(Standing.State state) {
        return switch (state) {
            case DONE -> Status.DONE;
            case IN_PROGRESS -> Status.IN_PROGRESS;
            case CANCELLED -> Status.CANCELLED;
            case NOT_STARTED, NOT_DUE -> Status.NOT_STARTED;
        };
    }

    private static List<BodyNode> dashes(List<String> texts) {
        return texts.stream().<BodyNode>map(t -> dash(Sentences.sentence(t))).toList();
    }

    /** One dash for each sentence of the progress file's list {@code key}, each from its item. */
    private List<BodyNode> dashes(List<String> texts, String key) {
        List<BodyNode> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            out.add(origins.node(dash(Sentences.sentence(texts.get(i))), PROGRESS, Paths.index(key, i)));
        }
        return out;
    }

    /**
     * The appendix: every task listed, under its group, with its STT in the plan, the plan's own
     * content, lead agency and planned time and the progress file's status, result and note.
     */
    private Appendix table() {
        // The task and its result are the sentences a reader reads; the agency, time, status and
        // note are a few words each. Widths in that proportion keep rows low, so a half year's
        // tasks take two landscape pages, not three of mostly narrow columns.
        // The table is read beside the plan's Danh mục, and the progress file and the warnings name
        // a task by its STT there: each row keeps that number, gaps where tasks not yet due are
        // left out, in a column of its own, since a table numbered in turn would renumber them.
        Appendix.Builder b = Appendix.builder("Kết quả thực hiện nhiệm vụ " + progress.period().name())
                .numbered(false)
                .column(new Column(NUMBER, "STT", 1, Column.Align.CENTER, false));
        List<String> planned = new ArrayList<>(List.of(catalogue.contentKey()));
        if (catalogue.leadKey() != null) {
            planned.add(catalogue.leadKey());
        }
        planned.add(catalogue.timeKey());
        List<String> keys = catalogue.leadKey() != null ? List.of("content", "lead", "time") : List.of("content", "time");
        for (int c = 0; c < keys.size(); c++) {
            b.column(keys.get(c), header(catalogue.appendix(), planned.get(c)), keys.get(c).equals("content") ? 8 : 3);
            origins.field(Paths.at(Paths.index(Paths.at(TABLE, "columns"), c + 1), "header"), PLAN,
                    catalogue.headerPath(planned.get(c)));
        }
        b.column("status", "Tình hình thực hiện", 3)
                .column("result", "Kết quả, sản phẩm", 7)
                .column("note", "Ghi chú", 4);
        String group = null;
        int row = 0;
        for (Standing s : standings) {
            if (!s.listed()) {
                continue;
            }
            if (s.task().group() != null && !s.task().group().equals(group)) {
                group = s.task().group();
                b.group(group);
                origins.field(Paths.at(rowPath(row++), "group"), PLAN, catalogue.groupPath(s.task()));
            }
            String at = rowPath(row++);
            Map<String, Text> cells = new LinkedHashMap<>();
            cells.put(NUMBER, Text.of(Integer.toString(s.task().number())));
            cells.put("content", s.task().content());
            if (catalogue.leadKey() != null) {
                cells.put("lead", s.task().lead());
            }
            cells.put("time", keptWhole(s.task().time()));
            for (int c = 0; c < keys.size(); c++) {
                origins.field(Paths.at(at, keys.get(c)), PLAN, catalogue.cellPath(s.task(), planned.get(c)));
            }
            cells.put("status", Text.of(status(s.state()).label() + (s.late() ? ", chậm tiến độ" : "")));
            if (s.entry() != null) {
                cells.put("result", s.entry().result() == null ? null : Text.of(s.entry().result()));
                cells.put("note", s.entry().note() == null ? null : Text.of(s.entry().note()));
                origins.field(Paths.at(at, "result"), PROGRESS, entryPath(s, "result"));
                origins.field(Paths.at(at, "note"), PROGRESS, entryPath(s, "note"));
            }
            b.row(new CatalogueRow.Item(cells));
        }
        return b.build();
    }

    /** The path of the table's row {@code r}, group rows counted, as the view names it. */
    private static String rowPath(int r) {
        return Paths.index(Paths.at(TABLE, "rows"), r);
    }

    /** A planned time with its periods' names unbroken ({@link Periods#keptWhole}); {@code null} for none. */
    private static Text keptWhole(Text time) {
        if (time == null) {
            return null;
        }
        return new Text(time.parts().stream().map(part -> part instanceof Inline.Plain p
                ? new Inline.Plain(Periods.keptWhole(p.text()))
                : part instanceof Inline.Strong b ? new Inline.Strong(Periods.keptWhole(b.text())) : part).toList());
    }

    /** The plan's header of the column {@code key}, as the plan titles it. */
    private static String header(Appendix source, String key) {
        return source.columns().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow().header();
    }
}
