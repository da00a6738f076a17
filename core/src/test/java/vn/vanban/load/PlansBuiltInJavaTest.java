package vn.vanban.load;

import org.junit.jupiter.api.Test;
import vn.vanban.common.Problem;
import vn.vanban.model.Agency;
import vn.vanban.model.Appendix;
import vn.vanban.model.BodyNode;
import vn.vanban.model.CatalogueRow;
import vn.vanban.model.Citation;
import vn.vanban.model.Column;
import vn.vanban.model.DocumentType;
import vn.vanban.model.Inline;
import vn.vanban.model.LegalBasis;
import vn.vanban.model.PartialDate;
import vn.vanban.model.Plan;
import vn.vanban.model.Signatory;
import vn.vanban.model.Text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.vanban.model.BodyNode.article;
import static vn.vanban.model.BodyNode.chapter;
import static vn.vanban.model.BodyNode.clause;
import static vn.vanban.model.BodyNode.dash;
import static vn.vanban.model.BodyNode.paragraph;
import static vn.vanban.model.BodyNode.part;
import static vn.vanban.model.BodyNode.point;
import static vn.vanban.model.BodyNode.section;

/**
 * A plan built in Java obeys the rules a data file does, with the same messages: each invalid
 * shape of {@code invalid/} that Java can build is built here, and its problems are the file's,
 * named by field path instead of line. What Java cannot build (a date that does not exist, an
 * authority that is no constant, a list where text belongs, a misspelt field) is left out, by path.
 */
class PlansBuiltInJavaTest {

    /** The plan most files of {@code invalid/} start from, without its body. */
    private static Plan.Builder head() {
        return Plan.builder()
                .issuer("Ủy ban nhân dân thị xã Đức Phổ", "UBND", "Đức Phổ")
                .date("2024")
                .summary("Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2024")
                .recipients("VT", "Văn phòng UBND tỉnh")
                .signatory(Signatory.head("Chủ tịch", "Bùi Văn Lý"));
    }

    /** The plan most files of {@code invalid/} start from. */
    private static Plan.Builder base() {
        return head().body(section("Mục đích, yêu cầu", clause("Mục đích")));
    }

    /** The file's problems as {@code path: message}, without those at the paths Java cannot build. */
    private static String expected(String name, Set<String> notBuildable) throws IOException {
        return expected(name, notBuildable, "");
    }

    /** The file's lines that open with {@code kind} ("" for problems, "warning: "), as {@code path: message}. */
    private static String expected(String name, Set<String> notBuildable, String kind) throws IOException {
        String text;
        try (InputStream in = PlansBuiltInJavaTest.class.getResourceAsStream("/invalid/" + name + ".expected")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("warning: ") != kind.equals("warning: ")) {
                continue;
            }
            String rest = line.substring(kind.length()).replaceFirst("^[^:]+:\\d+(:\\d+)?: ", "");
            if (notBuildable.stream().noneMatch(p -> rest.startsWith(p + ": "))) {
                out.add(rest);
            }
        }
        // A file's problems come in the order of its lines, a plan's in the order of its fields.
        Collections.sort(out);
        return String.join("\n", out);
    }

    private static String actual(Plan plan) {
        return named(PlanValidator.problems(plan));
    }

    private static String named(List<Problem> problems) {
        List<String> out = new ArrayList<>();
        for (Problem p : problems) {
            assertEquals(0, p.line());
            out.add(p.toString());
        }
        Collections.sort(out);
        return String.join("\n", out);
    }

    private static void assertSameProblems(String name, Plan plan, String... notBuildable) throws IOException {
        assertEquals(expected(name, Set.of(notBuildable)), actual(plan), name);
    }

    /** The file's warnings are the plan's, and it has no problem. */
    private static void assertSameWarnings(String name, Plan plan) throws IOException {
        assertEquals("", actual(plan), name);
        assertEquals(expected(name, Set.of(), "warning: "), named(PlanValidator.warnings(plan)), name);
    }

    @Test
    void blankValues() throws IOException {
        assertSameProblems("blank-values", head().type(DocumentType.CONG_VAN).summary("")
                .recipients(null, "Văn phòng UBND tỉnh", "  ").build(), "signatory.authority");
    }

    @Test
    void clauseWithTitleAndText() throws IOException {
        assertSameProblems("clause-title-and-text", head().body(section("Mục đích, yêu cầu",
                new BodyNode.Clause("Mục đích", Text.of("Tuyên truyền kịp thời, sâu rộng chủ trương của Đảng."), null),
                new BodyNode.Clause(null, null, List.of(dash("Phát huy dân chủ."))))).build());
    }

    @Test
    void controlCharacters() throws IOException {
        assertSameProblems("control-character", base().recipients("VT\uFFFF", "Văn phòng UBND tỉnh")
                .signatory(Signatory.head("Chủ tịch", "Bùi Văn\u0007 Lý")).build());
    }

    @Test
    void duplicateColumnKeys() throws IOException {
        Plan plan = base()
                .appendix(Appendix.builder("Danh mục")
                        .column("content", "Nội dung công việc", 1)
                        .column("time", "Thời gian", 1)
                        .column("time", "Thời gian thực hiện", 1)
                        .column("thời gian", "Thời gian", 1)
                        .column("group", "Nhóm", 1)
                        .row(Map.of("content", "Đăng tải", "time", "Năm 2024"))
                        .build())
                .appendix(Appendix.builder("Danh mục trống").build())
                .build();
        assertSameProblems("duplicate-column-keys", plan);
    }

    @Test
    void ktWithoutHeadTitle() throws IOException {
        assertSameProblems("kt-without-head-title",
                base().signatory(new Signatory(Signatory.Authority.KT, null, null, "Phó Chủ tịch", "Bùi Văn Lý")).build());
    }

    @Test
    void tmWithoutCollective() throws IOException {
        assertSameProblems("tm-without-collective",
                base().signatory(new Signatory(Signatory.Authority.TM, null, null, "Chủ tịch", "Bùi Văn Lý")).build());
    }

    @Test
    void missingFields() throws IOException {
        Plan plan = Plan.builder().issuer(Agency.named("Ủy ban nhân dân thị xã Đức Phổ")).date("2024")
                .basis(new LegalBasis(LegalBasis.Form.INLINE, null,
                        List.of(Citation.of(null, "63/2010/NĐ-CP", null, null, null)), null))
                .recipients(null, "Văn phòng UBND tỉnh")
                .signatory(new Signatory(Signatory.Authority.NONE, null, null, "Chủ tịch", null))
                .appendix(Appendix.builder("Danh mục").build())
                .build();
        assertSameProblems("missing-fields", plan);
    }

    @Test
    void nonPositiveNumbers() throws IOException {
        Plan plan = base().number(0)
                .appendix(new Appendix("Danh mục", Appendix.Orientation.AUTO, true,
                        List.of(new Column("content", "Nội dung công việc", -1), new Column("time", "Thời gian", 1)),
                        List.of(new CatalogueRow.Item(Map.of("content",
                                Text.of(Inline.plain("Kinh phí"), Inline.money(-5, false)))))))
                .build();
        assertSameProblems("non-positive-number", plan, "appendices[0].columns[1].width");
    }

    @Test
    void renderedDecorations() throws IOException {
        Plan plan = head().summary("Truyền thông")
                .closing("Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.")
                .recipients("Lưu: VT.", "Văn phòng UBND tỉnh", "- Thường trực Thị ủy;", "Thường trực HĐND thị xã;")
                .build();
        assertSameProblems("rendered-decorations", plan);
    }

    @Test
    void textPieces() throws IOException {
        Plan plan = head().summary("Truyền thông").recipients("VT").body(
                paragraph("Kinh phí"),
                paragraph("Kinh phí"),
                new BodyNode.Paragraph(Text.of()),
                paragraph("Kinh phí"),
                paragraph(Inline.plain("Kinh phí"), Inline.cite(Citation.of(null, "36/KH-UBND", null, null, null))),
                dash("Được", new BodyNode.Paragraph(null))).build();
        assertSameProblems("text-pieces", plan, "body[0].paragraph[1]", "body[1].paragraph[1].money",
                "body[1].paragraph[1].inWords", "body[3].paragraph[1]", "body[4].paragraph[1].cite.renewedYearly");
    }

    @Test
    void unknownRowKeys() throws IOException {
        Map<String, String> third = new LinkedHashMap<>();
        third.put("content", "Phát thanh trên loa truyền thanh");
        third.put("tme", "Quý II/2024");
        Map<String, String> fourth = new LinkedHashMap<>();
        fourth.put("content", "Tờ rơi");
        fourth.put("Time", "Năm 2024");
        fourth.put("form", "Tờ rơi");
        Plan plan = base().appendix(Appendix.builder("Danh mục nội dung công việc")
                .column("content", "Nội dung công việc", 5).column("time", "Thời gian thực hiện", 2)
                .group("Tuyên truyền trên báo chí")
                .row(Map.of("content", "Đăng tải thủ tục hành chính", "time", "Năm 2024"))
                .row(third).row(fourth).build()).build();
        assertSameProblems("unknown-row-key", plan);
    }

    @Test
    void anEmptyRowIsRefusedAsAFileRefusesIt() {
        Map<String, String> nothing = new HashMap<>();
        nothing.put("content", null);
        Plan plan = base().appendix(Appendix.builder("Danh mục nội dung công việc")
                .column("content", "Nội dung công việc", 5).column("time", "Thời gian thực hiện", 2)
                .row(Map.of("content", "Đăng tải thủ tục hành chính", "time", "Năm 2024"))
                .row(nothing).row(Map.of()).build()).build();
        String empty = ": expected a row with a cell, found an empty row: it would print as a numbered row with "
                + "nothing in it; give its cells or leave it out";
        assertEquals("appendices[0].rows[1]" + empty + "\nappendices[0].rows[2]" + empty, actual(plan));
    }

    /** A HashMap's null key and a null map, both possible in Java: problems with their place, not a NullPointerException. */
    @Test
    void aNullCellKeyAndANullRowAreRefusedWithTheirPlace() {
        Map<String, String> nullKey = new HashMap<>();
        nullKey.put(null, "Không cột");
        nullKey.put("content", "Đăng tải thủ tục hành chính");
        Plan plan = base().appendix(Appendix.builder("Danh mục nội dung công việc")
                .column("content", "Nội dung công việc", 5).column("time", "Thời gian thực hiện", 2)
                .row(nullKey).row((Map<String, String>) null).build()).build();
        assertEquals("appendices[0].rows[0]: a cell without a column key: give each cell the key of its column\n"
                + "appendices[0].rows[1]: expected a row with a cell, found an empty row: it would print as a numbered "
                + "row with nothing in it; give its cells or leave it out", actual(plan));
    }

    /** A null date given as text is a missing date, as a null PartialDate is. */
    @Test
    void aNullDateTextIsAMissingDate() {
        assertEquals("date: missing required field 'date'", actual(base().date((String) null).build()));
    }

    /** Impossible dates built in Java are refused in vanban's words, as an IllegalArgumentException. */
    @Test
    void anImpossibleDateSaysWhatIsExpected() {
        assertEquals("not a date: expected a date that exists: there is no month 13 (2025-13-1); months run from 1 to 12",
                assertThrows(IllegalArgumentException.class, () -> new PartialDate(2025, 13, 1)).getMessage());
        assertEquals("not a date: expected a date that exists: February 2025 has 28 days (2025-2-29)",
                assertThrows(IllegalArgumentException.class, () -> new PartialDate(2025, 2, 29)).getMessage());
        assertEquals("not a date: expected a date that exists: there is no day 0 (2025-1-0)",
                assertThrows(IllegalArgumentException.class, () -> new PartialDate(2025, 1, 0)).getMessage());
        assertEquals("not a date: expected a year of four digits, 1000 to 9999 (0)",
                assertThrows(IllegalArgumentException.class, () -> PartialDate.ofYear(0)).getMessage());
        assertEquals("a date that exists: February 2025 has 28 days (2025-02-29)",
                assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2025-02-29")).getMessage());
    }

    @Test
    void levelsTheHierarchyDoesNotAllow() throws IOException {
        Plan plan = head().number(5).date("2025-02-05").summary("Thử mục lồng mục")
                .issuer("Ủy ban nhân dân huyện Sơn Tịnh", "UBND", "Sơn Tịnh").closing("Yêu cầu thực hiện")
                .recipients("VT", "Sở Tư pháp").signatory(Signatory.head("Chủ tịch", "Nguyễn Văn An")).body(
                        section("Tổ chức thực hiện",
                                clause(Text.of("Phòng Tư pháp chủ trì thực hiện kế hoạch này.")),
                                section("Đề xuất, kiến nghị", paragraph("Đề nghị Sở Tư pháp hỗ trợ."))),
                        section("Kinh phí",
                                section("Lồng", paragraph("Một.")),
                                part("Phần lồng", paragraph("Hai."))),
                        section("Nội dung", clause("Tuyên truyền",
                                clause(Text.of("Khoản trong khoản được phép."), dash("Gạch.", dash("Gạch con."))),
                                chapter("Chương lồng", article(Text.of("Điều lồng."))),
                                point("Điểm ngoài có nội dung.",
                                        point("Điểm trong có nội dung.", point("Điểm sâu có nội dung.")),
                                        dash("Gạch.", part("Phần trong gạch", paragraph("X."))))))).build();
        assertSameProblems("body-levels", plan);
    }

    @Test
    void numbersTypedIntoTitlesAreWarnedOf() throws IOException {
        Plan plan = head().number(5).date("2025-02-05").summary("Tuyên truyền pháp luật")
                .issuer("Ủy ban nhân dân huyện Sơn Tịnh", "UBND", "Sơn Tịnh").closing("Yêu cầu thực hiện")
                .recipients("VT", "Sở Tư pháp").signatory(Signatory.head("Chủ tịch", "Nguyễn Văn An")).body(
                        part("Phần I. Đánh giá",
                                section("I. Mục đích",
                                        clause("1. Mục đích", point("a) Nội dung."), point("đ)Nội dung liền số."),
                                                dash("- Tuyên truyền.")),
                                        clause(Text.of("1.1. Nội dung có số gõ tay.")),
                                        clause(Text.of("2. Mục đích")),
                                        clause(Text.of("1.500 người tham gia.")),
                                        dash("+84 là mã vùng của Việt Nam.")),
                                section("II.Kinh phí"),
                                section("Mục đích, yêu cầu")),
                        chapter("Chương trình công tác",
                                section("Mục 1. Phạm vi", article("Điều 1. Phạm vi điều chỉnh")),
                                article("Điều khoản thi hành"))).build();
        assertSameWarnings("typed-numbers", plan);
    }

    @Test
    void anEmptyBodyAndATableWithoutRowsAreWarnedOf() throws IOException {
        Plan plan = head().number(5).date("2025-02-05").summary("Tuyên truyền pháp luật")
                .issuer("Ủy ban nhân dân huyện Sơn Tịnh", "UBND", "Sơn Tịnh").closing("Yêu cầu thực hiện")
                .recipients("VT", "Sở Tư pháp").signatory(Signatory.head("Chủ tịch", "Nguyễn Văn An"))
                .appendix(Appendix.builder("Danh mục nhiệm vụ").column("content", "Nội dung", 3).build())
                .appendix(Appendix.builder("Danh mục nhóm").column("content", "Nội dung", 3).group("Nhóm một").build())
                .appendix(Appendix.builder("Danh mục đủ").column("content", "Nội dung", 3)
                        .row(Map.of("content", "Một nhiệm vụ")).build()).build();
        assertSameWarnings("empty-body", plan);
    }

    @Test
    void anEmptyTitleIsNamedAtItsTitle() throws IOException {
        Plan plan = head().number(5).date("2025-02-05").summary("Tuyên truyền pháp luật")
                .issuer("Ủy ban nhân dân huyện Sơn Tịnh", "UBND", "Sơn Tịnh").closing("Yêu cầu thực hiện")
                .recipients("VT", "Sở Tư pháp").signatory(Signatory.head("Chủ tịch", "Nguyễn Văn An")).body(
                        section(null, paragraph("Một.")),
                        section(""),
                        section(" ", clause(""), clause("", dash("Hai.")))).build();
        assertSameProblems("blank-titles", plan);
    }
}
