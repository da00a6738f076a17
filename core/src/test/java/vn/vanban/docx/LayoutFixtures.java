package vn.vanban.docx;

import vn.vanban.fonts.FontSet;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.LayoutDocument.Block;
import vn.vanban.layout.LayoutDocument.Cell;
import vn.vanban.layout.LayoutDocument.Paragraph;
import vn.vanban.layout.LayoutDocument.Row;
import vn.vanban.layout.LayoutDocument.Rule;
import vn.vanban.layout.LayoutDocument.Section;
import vn.vanban.layout.LayoutDocument.Span;
import vn.vanban.layout.LayoutDocument.Table;
import vn.vanban.layout.LayoutProfile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Layout documents built by hand, as the template stage would lay out a draft Kế hoạch of a
 * district-level People's Committee: header table, type and summary, body, closing table, and a
 * landscape appendix with a 40-row catalogue. Rule lengths are measured in the profile's font
 * the way the layout stage does.
 */
public final class LayoutFixtures {

    public static final String AGENCY = "ỦY BAN NHÂN DÂN\nTHỊ XÃ ĐỨC PHỔ";
    public static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    public static final String SUMMARY = "Triển khai công tác chuyển đổi số trên địa bàn thị xã năm 2024";
    public static final String APPENDIX_TITLE = "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2024";
    public static final int CATALOGUE_ROWS = 40;

    private static final FontSet FONTS = FontSet.liberationSerif();

    private LayoutFixtures() {
    }

    /** The draft plan: a portrait section and a landscape appendix that restarts page numbers. */
    public static LayoutDocument plan(LayoutProfile profile) {
        double width = profile.page().textWidth(false);
        List<Block> main = new ArrayList<>();
        main.add(header(profile, width));
        main.add(p("type-name", "KẾ HOẠCH"));
        main.add(p("summary", SUMMARY));
        main.add(rule(profile, "summary", SUMMARY, profile.style("summary")));
        main.add(p("basis", "Căn cứ Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ "
                + "phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030;"));
        main.add(p("body", "Ủy ban nhân dân thị xã ban hành Kế hoạch triển khai công tác chuyển đổi số trên "
                + "địa bàn thị xã năm 2024 như sau:"));
        main.add(p("section-heading", "I. MỤC ĐÍCH, YÊU CẦU"));
        main.add(p("clause-heading", "1. Mục đích"));
        main.add(new Paragraph("body", List.of(
                Span.plain("Nâng cao nhận thức của cán bộ, công chức và Nhân dân về "),
                new Span("chuyển đổi số", true, false),
                Span.plain("; thực hiện đúng "),
                new Span("Chương trình Chuyển đổi số quốc gia", false, true),
                Span.plain(" & các chỉ tiêu <bắt buộc> của tỉnh \"năm 2024\"."))));
        main.add(p("body", "Các chỉ tiêu chính trong năm 2024 của thị xã:\n- 100% hồ sơ công việc được xử lý "
                + "trên môi trường mạng;\n- 80% dịch vụ công đủ điều kiện được cung cấp trực tuyến toàn trình."));
        main.add(p("clause-heading", "2. Yêu cầu"));
        main.add(p("body", "Thời gian thực hiện:\tcả năm 2024; nhiệm vụ cụ thể của từng cơ quan, đơn vị "
                + "tại Phụ lục kèm theo Kế hoạch này."));
        main.add(p("section-heading", "II. TỔ CHỨC THỰC HIỆN"));
        main.add(p("closing", "Trên đây là Kế hoạch triển khai công tác chuyển đổi số trên địa bàn thị xã "
                + "năm 2024 của Ủy ban nhân dân thị xã Đức Phổ./."));
        main.add(closing(profile, width));

        double wide = profile.page().textWidth(true);
        List<Block> appendix = new ArrayList<>();
        appendix.add(p("appendix-label", "Phụ lục"));
        appendix.add(p("appendix-title", APPENDIX_TITLE));
        appendix.add(p("appendix-reference", "(Kèm theo Kế hoạch số      /KH-UBND ngày      tháng      năm 2024 "
                + "của Ủy ban nhân dân thị xã Đức Phổ)"));
        appendix.add(rule(profile, "appendix", APPENDIX_TITLE, profile.style("appendix-title")));
        appendix.add(catalogue(wide));

        return new LayoutDocument(
                new LayoutDocument.Metadata("Kế hoạch " + SUMMARY, SUMMARY, "Ủy ban nhân dân thị xã Đức Phổ",
                        "vi-VN", LocalDate.of(2024, 1, 1)),
                List.of(new Section(false, false, main), new Section(true, true, appendix)));
    }

    /** Ô 1–4 as two rows, so that the number and the date share a line however the agency wraps. */
    private static Table header(LayoutProfile profile, double width) {
        List<Double> cols = scale(profile.table("header").columns(), width);
        Cell agency = new Cell(1, List.of(
                p("agency", AGENCY),
                rule(profile, "agency", AGENCY, profile.style("agency"))));
        Cell nation = new Cell(1, List.of(
                p("national-title", NATIONAL_TITLE),
                p("motto", MOTTO),
                rule(profile, "motto", MOTTO, profile.style("motto"))));
        Row first = new Row(false, List.of(agency, nation));
        Row second = new Row(false, List.of(
                new Cell(1, List.of(p("number", "Số:      /KH-UBND"))),
                new Cell(1, List.of(p("place-date", "Đức Phổ, ngày      tháng      năm 2024")))));
        return new Table("header", cols, false, 0, List.of(first, second));
    }

    private static Table closing(LayoutProfile profile, double width) {
        List<Double> cols = scale(profile.table("closing").columns(), width);
        Cell recipients = new Cell(1, List.of(
                p("recipients-label", "Nơi nhận:"),
                p("recipient", "- Sở Thông tin và Truyền thông;"),
                p("recipient", "- TT Thị ủy, TT HĐND thị xã;"),
                p("recipient", "- CT, các PCT UBND thị xã;"),
                p("recipient", "- Lưu: VT.")));
        Cell signature = new Cell(1, List.of(
                p("signature-title", "TM. ỦY BAN NHÂN DÂN"),
                p("signature-title-next", "CHỦ TỊCH"),
                p("signature-name", "Nguyễn Văn A")));
        return new Table("closing", cols, false, 0, List.of(new Row(false, List.of(recipients, signature))));
    }

    /** A grid: one repeating header row, a group row across all columns, then the tasks. */
    private static Table catalogue(double width) {
        List<Double> cols = scale(List.of(1.2, 9.0, 4.0, 3.0), width);
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(true, List.of(
                cell("table-header", "STT"), cell("table-header", "Nhiệm vụ"),
                cell("table-header", "Đơn vị chủ trì"), cell("table-header", "Thời gian hoàn thành"))));
        rows.add(new Row(true, List.of(new Cell(4, List.of(p("table-group", "A. NHIỆM VỤ TRỌNG TÂM"))))));
        for (int i = 1; i <= CATALOGUE_ROWS; i++) {
            rows.add(new Row(true, List.of(
                    cell("table-number", Integer.toString(i)),
                    cell("table-cell", String.format(Locale.ROOT,
                            "Nhiệm vụ %d: số hóa hồ sơ, tài liệu và cập nhật cơ sở dữ liệu chuyên ngành", i)),
                    cell("table-cell", i % 2 == 0 ? "Phòng Văn hóa và Thông tin" : "Văn phòng HĐND và UBND"),
                    cell("table-cell", "Quý " + (1 + (i - 1) % 4) + "/2024"))));
        }
        return new Table("catalogue", cols, true, 1, rows);
    }

    /** The paragraphs and rules of a document in reading order, table cells row by row. */
    public static List<Block> paragraphsAndRules(LayoutDocument doc) {
        List<Block> out = new ArrayList<>();
        doc.sections().forEach(s -> s.blocks().forEach(b -> flatten(b, out)));
        return out;
    }

    private static void flatten(Block b, List<Block> out) {
        if (b instanceof Table t) {
            t.rows().forEach(r -> r.cells().forEach(c -> c.blocks().forEach(x -> flatten(x, out))));
        } else {
            out.add(b);
        }
    }

    static Paragraph p(String style, String text) {
        return new Paragraph(style, List.of(Span.plain(text)));
    }

    private static Cell cell(String style, String text) {
        return new Cell(1, List.of(p(style, text)));
    }

    /** A rule of the profile's fraction of the longest line of {@code text} set in {@code style}. */
    private static Rule rule(LayoutProfile profile, String kind, String text, LayoutProfile.ParagraphStyle style) {
        double longest = Arrays.stream(text.split("\n"))
                .mapToDouble(line -> FONTS.width(line, style.size(), style.bold(), style.italic()))
                .max().orElse(0);
        LayoutProfile.RuleStyle r = profile.rule(kind);
        // Whole points: AWT's measurement may differ in the last decimals from one JDK to the next,
        // and the goldens must not.
        return new Rule(kind, Math.round(longest * r.fraction()), r.thickness());
    }

    private static List<Double> scale(List<Double> weights, double width) {
        double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
        return weights.stream().map(w -> w / sum * width).toList();
    }
}
