package vn.vanban.pdf;

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
import java.util.List;

/** Hand-built layout documents for the PDF tests: a Kế hoạch (Mẫu 1.4) with a landscape appendix. */
final class PdfFixtures {

    static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final LocalDate DATE = LocalDate.of(2024, 2, 5);

    private static final String[] SENTENCES = {
        "Tăng cường sự lãnh đạo, chỉ đạo của các cấp ủy đảng, chính quyền đối với công tác phổ biến, "
                + "giáo dục pháp luật trên địa bàn thị xã",
        "nâng cao nhận thức, ý thức chấp hành pháp luật của cán bộ, công chức, viên chức và Nhân dân",
        "bảo đảm sự phối hợp chặt chẽ, đồng bộ giữa các cơ quan, đơn vị, địa phương trong quá trình "
                + "triển khai thực hiện",
        "kịp thời phát hiện, tháo gỡ khó khăn, vướng mắc; đề xuất Ủy ban nhân dân tỉnh Quảng Ngãi "
                + "xem xét, giải quyết những nội dung vượt thẩm quyền",
        "ưu tiên nguồn lực cho xã, phường khó khăn, vùng đồng bào dân tộc thiểu số và miền núi",
    };

    private PdfFixtures() {
    }

    /** The plan: four pages and more of portrait body, then a landscape catalogue appendix. */
    static LayoutDocument plan(LayoutProfile profile, FontSet fonts) {
        List<Block> main = new ArrayList<>();
        double width = profile.page().textWidth(false);
        main.add(header(profile, fonts, width));
        main.add(p("type-name", "KẾ HOẠCH"));
        String summary = "Triển khai công tác phổ biến, giáo dục pháp luật năm 2024";
        main.add(p("summary", summary));
        main.add(rule(profile, fonts, "summary", "summary", summary));
        main.add(p("body", "Thực hiện Kế hoạch số 12/KH-UBND ngày 10 tháng 01 năm 2024 của Ủy ban nhân dân "
                + "tỉnh Quảng Ngãi, Ủy ban nhân dân thị xã Đức Phổ ban hành Kế hoạch triển khai như sau:"));
        String[] romans = {"I", "II", "III", "IV"};
        String[] titles = {"MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG THỰC HIỆN", "KINH PHÍ THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"};
        int n = 0;
        for (int s = 0; s < 4; s++) {
            main.add(p("section-heading", romans[s] + ". " + titles[s]));
            for (int c = 1; c <= 3; c++) {
                main.add(p("clause-heading", c + ". Nội dung thứ " + c + " của mục " + romans[s]));
                for (int k = 0; k < 3; k++) {
                    n++;
                    main.add(new Paragraph("body", List.of(
                            Span.plain("Đoạn " + n + ": "),
                            new Span("Các phòng, ban", true, false),
                            Span.plain(" có trách nhiệm " + SENTENCES[n % 5] + "; đồng thời " + SENTENCES[(n + 2) % 5]
                                    + ", "),
                            new Span("theo đúng quy định hiện hành", false, true),
                            Span.plain(" và báo cáo kết quả trước ngày 15 tháng 12 năm 2024."))));
                }
            }
        }
        main.add(p("body", "Trên đây là Kế hoạch triển khai công tác phổ biến, giáo dục pháp luật năm 2024 của "
                + "Ủy ban nhân dân thị xã Đức Phổ; xem Phụ lục kèm theo./."));
        main.add(closing(profile, width));
        List<Block> appendix = new ArrayList<>();
        appendix.add(p("appendix-label", "Phụ lục"));
        String at = "DANH MỤC NHIỆM VỤ PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT NĂM 2024";
        appendix.add(p("appendix-title", at));
        appendix.add(p("appendix-reference", "(Kèm theo Kế hoạch số      /KH-UBND ngày      tháng      năm 2024 "
                + "của Ủy ban nhân dân thị xã Đức Phổ)"));
        appendix.add(rule(profile, fonts, "appendix", "appendix-title", at));
        appendix.add(catalogue(profile));
        return new LayoutDocument(
                new LayoutDocument.Metadata("Kế hoạch Triển khai công tác phổ biến, giáo dục pháp luật năm 2024",
                        summary, "Ủy ban nhân dân thị xã Đức Phổ", "vi-VN", DATE),
                List.of(new Section(false, false, main), new Section(true, true, appendix)));
    }

    /** A one-paragraph document with the given text, for warning tests. */
    static LayoutDocument single(String text) {
        return new LayoutDocument(new LayoutDocument.Metadata("t", "s", "a", "vi-VN", DATE),
                List.of(new Section(false, false, List.of(p("body", text)))));
    }

    static Paragraph p(String style, String text) {
        return new Paragraph(style, List.of(Span.plain(text)));
    }

    private static Rule rule(LayoutProfile profile, FontSet fonts, String kind, String style, String text) {
        LayoutProfile.ParagraphStyle st = profile.style(style);
        double w = fonts.width(text, st.size(), st.bold(), st.italic());
        return new Rule(kind, w * profile.rule(kind).fraction(), profile.rule(kind).thickness());
    }

    private static List<Double> widths(LayoutProfile profile, String table, double width) {
        List<Double> cols = profile.table(table).columns();
        double sum = cols.stream().mapToDouble(Double::doubleValue).sum();
        return cols.stream().map(c -> c / sum * width).toList();
    }

    private static Table header(LayoutProfile profile, FontSet fonts, double width) {
        Cell agency = new Cell(1, List.of(p("parent-agency", "UBND TỈNH QUẢNG NGÃI"),
                p("agency", "ỦY BAN NHÂN DÂN\nTHỊ XÃ ĐỨC PHỔ"),
                rule(profile, fonts, "agency", "agency", "THỊ XÃ ĐỨC PHỔ")));
        Cell nation = new Cell(1, List.of(p("national-title", NATIONAL_TITLE), p("motto", MOTTO),
                rule(profile, fonts, "motto", "motto", MOTTO)));
        Cell number = new Cell(1, List.of(p("number", "Số:      /KH-UBND")));
        Cell date = new Cell(1, List.of(p("place-date", "Đức Phổ, ngày      tháng      năm 2024")));
        return new Table("header", widths(profile, "header", width), false, 0,
                List.of(new Row(false, List.of(agency, nation)), new Row(false, List.of(number, date))));
    }

    private static Table closing(LayoutProfile profile, double width) {
        Cell recipients = new Cell(1, List.of(p("recipients-label", "Nơi nhận:"),
                p("recipient", "- UBND tỉnh Quảng Ngãi;"),
                p("recipient", "- Sở Tư pháp tỉnh;"),
                p("recipient", "- TT Thị ủy, TT HĐND thị xã;"),
                p("recipient", "- Các phòng, ban, đơn vị thuộc thị xã;"),
                p("recipient", "- UBND các xã, phường;"),
                p("recipient", "- Lưu: VT, TP.")));
        Cell signature = new Cell(1, List.of(p("signature-title", "TM. ỦY BAN NHÂN DÂN"),
                p("signature-title-next", "CHỦ TỊCH"), p("signature-name", "Bùi Văn Lý")));
        return new Table("closing", widths(profile, "closing", width), false, 0,
                List.of(new Row(true, List.of(recipients, signature))));
    }

    private static Table catalogue(LayoutProfile profile) {
        double width = profile.page().textWidth(true);
        double[] weights = {40, 300, 150, 110, 110};
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        List<Double> cols = new ArrayList<>();
        for (double w : weights) {
            cols.add(w / sum * width);
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(true, List.of(cell("table-header", "STT"), cell("table-header", "Nhiệm vụ"),
                cell("table-header", "Đơn vị chủ trì"), cell("table-header", "Thời gian"),
                cell("table-header", "Ghi chú"))));
        rows.add(new Row(true, List.of(new Cell(5, List.of(p("table-group", "A. NHIỆM VỤ TRỌNG TÂM"))))));
        for (int i = 1; i <= 40; i++) {
            rows.add(new Row(true, List.of(cell("table-number", Integer.toString(i)),
                    cell("table-cell", "Nhiệm vụ số " + i + ": tuyên truyền, phổ biến văn bản pháp luật mới về "
                            + (i % 2 == 0 ? "đất đai, môi trường" : "phòng, chống tham nhũng, tiêu cực")),
                    cell("table-cell", i % 3 == 0 ? "Phòng Tư pháp" : "Phòng Văn hóa và Thông tin"),
                    cell("table-cell", "Quý " + (1 + i % 4) + " năm 2024"),
                    new Cell(1, List.of()))));
        }
        return new Table("catalogue", cols, true, 1, rows);
    }

    private static Cell cell(String style, String text) {
        return new Cell(1, List.of(p(style, text)));
    }
}
