package vn.vanban.docx4j.check;

import vn.vanban.model.DocumentType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Appendices (Phụ lục I, Phần I, III.1; Phụ lục III, Mẫu 2.1): the heading, the reference line,
 * the mention in the body, and the table's repeated header row and its STT numbers.
 */
final class AppendixRules {

    /** "Phụ lục", "Phụ lục II", or as many plans number them, "Phụ lục 2" (issue 20 §4; ../shared/nd30/check agrees). */
    private static final Pattern LABEL = Pattern.compile("^Phụ lục(?: ([IVXLC]+|[1-9][0-9]*))?$");
    private static final Pattern STT = Pattern.compile("^(STT|TT|Số TT|Số thứ tự)$", Pattern.CASE_INSENSITIVE);
    private static final int TITLE_WORDS = 6;

    private AppendixRules() {
    }

    static final Rule HEADING = Rule.both("C20", "appendix-heading", "NĐ 30/2020, Phụ lục I, Phần I, III.1.a–b",
            "'Phụ lục' (numbered I, II, … or 1, 2, … when there are two or more) on its own line, bold, 14 pt, centred; "
                    + "its title under it in upper case, bold, 13–14 pt, centred", (doc, out) -> {
                List<Landmarks.Appendix> all = doc.marks().appendices;
                Measures m = doc.measures();
                for (int i = 0; i < all.size(); i++) {
                    Landmarks.Appendix a = all.get(i);
                    Block label = a.label();
                    Matcher lm = LABEL.matcher(label.text());
                    boolean arabic = lm.matches() && lm.group(1) != null && Character.isDigit(lm.group(1).charAt(0));
                    if (!lm.matches()) {
                        out.add(label, Say.quote(label.text()), "'Phụ lục' followed by its number in Roman numerals ('Phụ lục II')");
                    } else if (all.size() > 1 && (lm.group(1) == null
                            || (arabic ? Integer.parseInt(lm.group(1)) : TextForms.roman(lm.group(1))) != i + 1)) {
                        out.add(label, Say.quote(label.text()), "with " + all.size() + " appendices, each numbered in turn: 'Phụ lục "
                                + (arabic ? Integer.toString(i + 1) : TextForms.roman(i + 1)) + "'");
                    }
                    Say.style(label, out, m.appendixLabel, true, false, "'Phụ lục'");
                    Say.centred(label, out, "'Phụ lục'");
                    for (Block t : a.title()) {
                        if (!TextForms.allUpper(t.text())) {
                            out.add(t, "the title in normal case: " + Say.quote(t.text()), "an appendix's title in upper case");
                        }
                        Say.style(t, out, m.appendixTitle, true, false, "the appendix's title");
                        Say.centred(t, out, "the appendix's title");
                    }
                }
            });

    static final Rule REFERENCE = Rule.both("C20", "appendix-reference", "NĐ 30/2020, Phụ lục I, Phần I, III.1.c",
            "under the title '(Kèm theo <type> số …/… ngày … tháng … năm … của …)' in italic, 13–14 pt, centred",
            (doc, out) -> {
                for (Landmarks.Appendix a : doc.marks().appendices) {
                    Block last = a.title().isEmpty() ? a.label() : a.title().get(a.title().size() - 1);
                    if (a.reference().isEmpty()) {
                        out.add(last, "no reference line under the appendix's title",
                                "'(Kèm theo <type> số … ngày … của …)': the number, date and issuer of the document it belongs to");
                        continue;
                    }
                    String text = a.referenceText();
                    Block first = a.reference().get(0);
                    TextForms.referenceProblem(text).ifPresent(p -> out.add(first, Say.quote(text), p));
                    for (Block b : a.reference()) {
                        Say.style(b, out, doc.measures().appendixReference, null, true, "the reference line");
                    }
                    Say.centred(first, out, "the reference line");
                }
            });

    static final Rule MENTIONED = Rule.both("C20", "appendix-mentioned", "NĐ 30/2020, Phụ lục I, Phần I, III.1.a",
            "the body refers to each appendix", (doc, out) -> {
                List<Landmarks.Appendix> all = doc.marks().appendices;
                if (all.isEmpty()) {
                    return;
                }
                String body = TextForms.fold(String.join(" ", doc.marks().body().stream().map(Block::text).toList()))
                        .toLowerCase(TextForms.VI);
                String kind = doc.type().vietnameseName().toLowerCase(TextForms.VI);
                for (Landmarks.Appendix a : all) {
                    String label = a.label().text().toLowerCase(TextForms.VI);
                    boolean named = all.size() > 1 ? Pattern.compile(Pattern.quote(label) + "(?![ivxlc0-9])").matcher(body).find()
                            : body.contains("phụ lục");
                    String title = TextForms.fold(String.join(" ", a.title().stream().map(Block::text).toList())).toLowerCase(TextForms.VI);
                    String[] words = title.split(" ");
                    String opening = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, TITLE_WORDS)));
                    boolean titled = !title.isEmpty() && body.contains(opening);
                    boolean attached = all.size() == 1 && body.contains("kèm theo " + kind + " này");
                    if (!named && !titled && !attached) {
                        out.add(a.label(), "no mention of " + Say.quote(a.label().text()) + " in the body",
                                "the body refers to the appendix (by 'Phụ lục …' or by its title)");
                    }
                }
            });

    static final Rule HEADER_ROW = Rule.both("P", "table-header-row", "NĐ 30/2020, Phụ lục III, Mẫu 2.1 (practice)",
            "an appendix's table repeats its header row at the top of each page it runs on", (doc, out) -> {
                for (Landmarks.Appendix a : doc.marks().appendices) {
                    if (doc.isPdf()) {
                        pdfHeaderRow(doc, out, a);
                        continue;
                    }
                    List<Block> blocks = doc.blocks().subList(a.start(), a.end());
                    blocks.stream().filter(b -> b.cell() != null && b.cell().row() == 0).map(b -> b.cell().table()).distinct()
                            .forEach(table -> {
                                List<Block> cells = blocks.stream().filter(b -> b.cell() != null && b.cell().table() == table).toList();
                                long rows = cells.stream().mapToInt(b -> b.cell().row()).distinct().count();
                                Block head = cells.get(0);
                                if (rows > 2 && !head.cell().headerRow()) {
                                    out.add(head, "a table whose header row does not repeat on each page",
                                            "the header row marked to repeat at the top of each page (Word: Repeat as header row)");
                                }
                            });
                }
            });

    /** On each page an appendix runs on after its first, the table's header line comes first. */
    private static void pdfHeaderRow(CheckedDocument doc, Rule.Findings out, Landmarks.Appendix a) {
        int after = a.reference().isEmpty() ? a.label().index() + 1 + a.title().size()
                : a.reference().get(a.reference().size() - 1).index() + 1;
        if (after >= a.end() || doc.blocks().get(after).page() != a.label().page()) {
            return;
        }
        Block header = doc.blocks().get(after);
        int lastPage = doc.blocks().get(a.end() - 1).page();
        for (int page = a.label().page() + 1; page <= lastPage; page++) {
            CheckedDocument.Page p = doc.pages().get(page - 1);
            if (p.first() >= p.end()) {
                continue;
            }
            Block first = doc.blocks().get(p.first());
            if (!first.text().equals(header.text())) {
                out.add(first, "the page starts with " + Say.quote(first.text()),
                        "the table's header row repeated at the top of the page: " + Say.quote(header.text()));
            }
        }
    }

    static final Rule STT_NUMBERS = Rule.docx("P", "table-numbering", "NĐ 30/2020, Phụ lục III, Mẫu 2.1 (practice)",
            "an appendix table's STT column numbered 1, 2, 3 … without gaps (or from 1 again after a group row); "
                    + "a report's, which keeps its plan's STT, rising with gaps where tasks are left out",
            (doc, out) -> {
                // A Báo cáo's table lists a plan's tasks due in the period by their STT in the plan,
                // so that it is read beside the plan's catalogue: it skips the tasks not yet due.
                boolean gaps = doc.type() == DocumentType.BAO_CAO;
                for (Landmarks.Appendix a : doc.marks().appendices) {
                    List<Block> cells = doc.blocks().subList(a.start(), a.end()).stream().filter(b -> b.cell() != null).toList();
                    List<Integer> tables = cells.stream().map(b -> b.cell().table()).distinct().toList();
                    for (int table : tables) {
                        numbers(out, cells.stream().filter(b -> b.cell().table() == table).toList(), gaps);
                    }
                }
            });

    private static void numbers(Rule.Findings out, List<Block> cells, boolean gaps) {
        Block head = cells.get(0);
        if (head.cell().column() != 0 || !STT.matcher(head.text()).matches()) {
            return;
        }
        int columns = head.cell().columns();
        int next = 1;
        boolean afterGroup = false;
        List<Integer> seenRows = new ArrayList<>();
        for (Block b : cells) {
            if (b.cell().headerRow() || b.cell().row() == 0 || b.cell().column() != 0 || seenRows.contains(b.cell().row())) {
                continue;
            }
            seenRows.add(b.cell().row());
            if (b.cell().columns() < columns) {
                afterGroup = true;      // a group row spans the columns: its rows go on in turn, or from 1 again
                continue;
            }
            if (!b.text().matches("[0-9]+")) {
                continue;
            }
            int n = Integer.parseInt(b.text());
            if (gaps && n < next && !(afterGroup && n == 1)) {
                out.add(b, "STT " + n + " after " + (next - 1), String.format(Locale.ROOT,
                        "STT %d or above, the plan's numbers in the plan's order", next));
            } else if (!gaps && n != next && !(afterGroup && n == 1)) {
                out.add(b, "STT " + n + " after " + (next - 1), String.format(Locale.ROOT, "STT %d, the rows numbered in turn", next));
            }
            next = n + 1;
            afterGroup = false;
        }
    }

    static List<Rule> all() {
        return List.of(HEADING, REFERENCE, MENTIONED, HEADER_ROW, STT_NUMBERS);
    }
}
