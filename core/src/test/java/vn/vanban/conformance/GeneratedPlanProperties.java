package vn.vanban.conformance;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.vanban.DocumentPart;
import vn.vanban.OutputFormat;
import vn.vanban.Vanban;
import vn.vanban.model.Agency;
import vn.vanban.model.Appendix;
import vn.vanban.model.BodyNode;
import vn.vanban.model.CatalogueRow;
import vn.vanban.model.Column;
import vn.vanban.model.DocumentType;
import vn.vanban.model.Inline;
import vn.vanban.model.PartialDate;
import vn.vanban.model.Plan;
import vn.vanban.model.Recipients;
import vn.vanban.model.Signatory;
import vn.vanban.model.Text;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing is lost (issue 19 §1): for plans whose body paragraphs and catalogue cells run from one
 * character to ten thousand, the PDF shows exactly the words of the DOCX — a paragraph or a row
 * taller than a page breaks across pages instead of running past the foot of one, where FOP
 * cut it — and the signature shares its page with the end of the body. Words are compared in
 * Java (PDFBox, the DOCX's XML); LibreOffice runs only on the named plans.
 */
class GeneratedPlanProperties {

    private static final Vanban VANBAN = Vanban.builder().build();

    /** Words of the plans, with what breaks them unlike a space: hyphens, slashes, numbers. */
    private static final String[] WORDS = ("các cơ quan đơn vị địa phương tổ chức quán triệt tuyên truyền sâu rộng quy định "
            + "về kiểm soát thủ tục hành chính đến toàn thể cán bộ, công chức, viên chức và người lao động; niêm yết "
            + "công khai đầy đủ kịp thời thuộc thẩm quyền giải quyết tại trụ sở trên Cổng thông tin điện tử. tiếp nhận "
            + "xử lý phản ánh, kiến nghị của cá nhân không để tồn đọng kéo dài Ủy ban nhân dân thị xã Đức Phổ "
            + "26/KH-UBND TT-VH-TT 08/6/2010 2021-2030 năm 2024 (Bằng chữ: một triệu đồng) - Quảng Ngãi").split(" ");

    @Property(tries = 12)
    void thePdfShowsEveryWordOfTheDocx(@ForAll("plans") Plan plan) throws Exception {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        VANBAN.render(plan, OutputFormat.DOCX, docx);
        // Text FOP would cut or run past an edge is an error (VanbanException) rather than a log line.
        VANBAN.render(plan, OutputFormat.PDF, pdf);
        assertEquals(Map.of(), SameWords.difference(VANBAN.layout(plan, DocumentPart.WHOLE), docx.toByteArray(), pdf.toByteArray()),
                "words the PDF shows more (+) or less (-) often than the DOCX");
        PdfInspector inspector = new PdfInspector(pdf.toByteArray(), 20 * SampleConformanceTest.MM);
        assertTrue(inspector.linesAbove("Nơi nhận") >= 2, "the signature's page holds the body's last lines");
    }

    @Provide
    Arbitrary<Plan> plans() {
        Arbitrary<Integer> lengths = Arbitraries.integers().between(1, 10_000).edgeCases(e -> e.includeOnly(1, 10_000));
        Arbitrary<List<Integer>> paragraphs = lengths.list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<List<Integer>> cells = lengths.list().ofMinSize(1).ofMaxSize(6);
        Arbitrary<Integer> columns = Arbitraries.integers().between(1, 5);
        Arbitrary<Long> seeds = Arbitraries.longs();
        return Combinators.combine(paragraphs, cells, columns, seeds).as(GeneratedPlanProperties::plan);
    }

    /** A plan of body paragraphs and catalogue cells of the given lengths, worded from {@code seed}. */
    private static Plan plan(List<Integer> paragraphs, List<Integer> cells, int columnCount, long seed) {
        Random random = new Random(seed);
        List<BodyNode> body = new ArrayList<>();
        for (int length : paragraphs) {
            String text = text(random, length);
            // Some in bold, as a span of the paragraph: its lines are measured in the bold face.
            int cut = text.indexOf(' ', text.length() / 2);
            body.add(new BodyNode.Paragraph(cut > 0 && random.nextBoolean()
                    ? Text.of(new Inline.Plain(text.substring(0, cut + 1)), new Inline.Strong(text.substring(cut + 1)))
                    : Text.of(text)));
        }
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < columnCount; c++) {
            columns.add(new Column("c" + c, "Cột " + (c + 1), 1 + random.nextInt(5)));
        }
        List<CatalogueRow> rows = new ArrayList<>();
        rows.add(new CatalogueRow.Group(text(random, 30)));
        for (int i = 0; i < cells.size(); i += columnCount) {
            Map<String, Text> row = new LinkedHashMap<>();
            for (int c = 0; c < columnCount; c++) {
                row.put("c" + c, Text.of(text(random, i + c < cells.size() ? cells.get(i + c) : 1 + random.nextInt(40))));
            }
            rows.add(new CatalogueRow.Item(row));
        }
        return new Plan(DocumentType.KE_HOACH, null, new Agency("Ủy ban nhân dân thị xã Đức Phổ", "UBND", "Đức Phổ"),
                null, null, PartialDate.ofYear(2024), "Kế hoạch thử với đoạn văn và ô dài ngắn khác nhau", null,
                List.of(new BodyNode.Section("Nội dung", body)), "Yêu cầu các cơ quan nghiêm túc thực hiện",
                new Recipients(List.of("Văn phòng UBND tỉnh", "Các cơ quan, đơn vị"), "VT"),
                new Signatory(Signatory.Authority.NONE, null, null, "Chủ tịch", "Bùi Văn Lý"),
                List.of(new Appendix("Danh mục nhiệm vụ", Appendix.Orientation.AUTO, true, columns, rows)));
    }

    /** Words of the plans, {@code length} characters at most and at least one. */
    private static String text(Random random, int length) {
        StringBuilder sb = new StringBuilder();
        while (true) {
            String w = WORDS[random.nextInt(WORDS.length)];
            if (sb.length() + (sb.length() > 0 ? 1 : 0) + w.length() > length) {
                break;
            }
            sb.append(sb.length() > 0 ? " " : "").append(w);
        }
        return sb.length() > 0 ? sb.toString() : "ý";
    }
}
