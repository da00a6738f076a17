package vn.vanban.render;

import org.junit.jupiter.api.Test;
import vn.vanban.DocumentPart;
import vn.vanban.Vanban;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.model.Appendix;
import vn.vanban.model.AttachedText;
import vn.vanban.model.Citation;
import vn.vanban.model.DocumentType;
import vn.vanban.model.Inline;
import vn.vanban.model.PartialDate;
import vn.vanban.model.Plan;
import vn.vanban.model.Signatory;
import vn.vanban.model.Text;
import vn.vanban.testing.Layouts;
import vn.vanban.text.Authorities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanban.model.BodyNode.article;
import static vn.vanban.model.BodyNode.paragraph;

/**
 * Issue 21 as clerks write it (trial 2, A-4, A-5, A-7): whose decision the attached text and its
 * appendix name, the authority line of a head whose title repeats his agency's first words, and a
 * draft's number and date kept on one line in a citation.
 */
class DecisionWordingTest {

    private static final Vanban VANBAN = Vanban.builder().build();

    private static Plan.Builder decision(String issuer, Signatory signatory) {
        return Plan.builder().type(DocumentType.QUYET_DINH).issuer(issuer, "STNMT", "Quy Nhơn")
                .number(7).date("2025-01-08").summary("Ban hành Kế hoạch cải cách hành chính năm 2025")
                .recipients("VT", "Các phòng, đơn vị thuộc Sở")
                .signatory(signatory)
                .body(article(Text.of("Quyết định này có hiệu lực kể từ ngày ký.")),
                        article(Text.of("Chánh Văn phòng Sở chịu trách nhiệm thi hành Quyết định này./.")));
    }

    private static List<String> texts(Plan plan) {
        List<String> out = new ArrayList<>();
        for (LayoutDocument.Section s : VANBAN.layout(plan, DocumentPart.WHOLE).sections()) {
            Layouts.paragraphs(s).stream().map(t -> t.replaceAll("\\s+", " ")).forEach(out::add);
        }
        return out;
    }

    @Test
    void aDirectorsDecisionIsTheDirectorsInEveryLineThatNamesItsAuthor() {
        AttachedText plan = AttachedText.of(DocumentType.KE_HOACH, "Cải cách hành chính năm 2025",
                        paragraph("Nội dung theo Phụ lục./."))
                .withAppendices(List.of(Appendix.builder("Danh mục nhiệm vụ").column("task", "Nhiệm vụ", 1)
                        .row(Map.of("task", "Rà soát thủ tục")).build()));
        for (Signatory s : List.of(Signatory.head("Giám đốc", "Lê Thị Hoa"),
                Signatory.deputy("Giám đốc", "Phó Giám đốc", "Trần Văn Nam"))) {
            List<String> t = texts(decision("Sở Tài nguyên và Môi trường", s).attached(plan).build());
            assertTrue(t.contains("GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"), t.toString());
            String decided = "Quyết định số 07/QĐ-STNMT ngày 08 tháng 01 năm 2025 của Giám đốc Sở Tài nguyên và Môi "
                    + "trường)";
            assertTrue(t.contains("(Kèm theo " + decided), s.authority() + ": " + t);
            assertTrue(t.contains("(Kèm theo Kế hoạch ban hành kèm theo " + decided), s.authority() + ": " + t);
        }
        List<String> collective = texts(decision("Ủy ban nhân dân tỉnh Bình Định", Signatory.forCollective(
                "Ủy ban nhân dân", "Chủ tịch", "Phạm Anh Tuấn")).attached(plan).build());
        assertTrue(collective.contains("(Kèm theo Quyết định số 07/QĐ-STNMT ngày 08 tháng 01 năm 2025 của Ủy ban nhân "
                + "dân tỉnh Bình Định)"), "TM.: the collective's, as its authority line: " + collective);
    }

    @Test
    void aHeadsTitleAndHisAgencySayTheirSharedWordsOnce() {
        assertEquals("Trưởng Ban Chỉ đạo phòng, chống thiên tai tỉnh",
                Authorities.title("Trưởng ban", "Ban Chỉ đạo phòng, chống thiên tai tỉnh"));
        assertEquals("Trưởng Phòng Tư pháp", Authorities.title("Trưởng phòng", "Phòng Tư pháp"));
        assertEquals("Chánh Văn phòng Ủy ban nhân dân tỉnh", Authorities.title("Chánh Văn phòng",
                "Văn phòng Ủy ban nhân dân tỉnh"));
        assertEquals("Giám đốc Sở Tư pháp", Authorities.title("Giám đốc", "Sở Tư pháp"));
        assertEquals("Hiệu trưởng Trường Tiểu học A", Authorities.title("Hiệu trưởng", "Trường Tiểu học A"),
                "'trưởng' is not 'Trường'");
        List<String> t = texts(decision("Ban Chỉ đạo phòng, chống thiên tai tỉnh",
                Signatory.head("Trưởng ban", "Nguyễn Văn A")).build());
        assertTrue(t.contains("TRƯỞNG BAN CHỈ ĐẠO PHÒNG, CHỐNG THIÊN TAI TỈNH"), t.toString());
        assertEquals("Giám đốc", Authorities.headOfDeputy("Phó Giám đốc"));
        assertEquals(null, Authorities.headOfDeputy("Phòng Tư pháp"));
    }

    @Test
    void aDraftsNumberAndDateInACitationStayOnOneLineWhereverTheLineEnds() {
        Citation draft = Citation.of("Kế hoạch", "/KH-UBND", PartialDate.ofYear(2024),
                "Chủ tịch Ủy ban nhân dân thị xã Đức Phổ", "truyền thông về hoạt động kiểm soát thủ tục hành chính");
        int checked = 0;
        for (int words = 0; words < 24; words++) {
            String lead = "Thực hiện" + " đúng".repeat(words) + " ";
            Plan letter = Plan.builder().type(DocumentType.CONG_VAN).symbol("UBND-VP")
                    .issuer("Ủy ban nhân dân thị xã Đức Phổ", "UBND", "Đức Phổ").date("2024")
                    .summary("Triển khai Kế hoạch").addressees("Ủy ban nhân dân các xã, phường")
                    .body(paragraph(Inline.plain(lead), Inline.cite(draft), Inline.plain("./.")))
                    .recipients("VT", "CT, PCT UBND thị xã")
                    .signatory(Signatory.head("Chủ tịch", "Bùi Văn Lý")).build();
            LayoutDocument doc = VANBAN.layout(letter, DocumentPart.WHOLE);
            for (LayoutDocument.Block b : doc.sections().get(0).blocks()) {
                if (!(b instanceof LayoutDocument.Paragraph p) || !p.text().startsWith("Thực hiện")) {
                    continue;
                }
                String text = p.text();
                int number = text.indexOf("số");
                int dateEnd = text.indexOf("/2024") + "/2024".length();
                assertTrue(text.substring(number, dateEnd).matches("số\\u00A0{5}/KH[-\\u2011]UBND ngày\\u00A0{6}/\\u00A0{5}/2024"),
                        "the header's blanks, held by no-break spaces: " + text);
                int date = text.indexOf("ngày");
                for (LayoutDocument.Line line : p.lines().lines()) {
                    // "số", its blank and the symbol's "/" together, and the symbol whole (its hyphen
                    // marked non-breaking where the line would have ended after it).
                    assertTrue(line.end() <= number || line.end() >= number + "số     /KH-UBND".length(),
                            "a line ends inside the number: " + text.substring(line.start(), line.end()));
                    boolean inside = line.end() > date && line.end() < dateEnd;
                    assertTrue(!inside, "a line ends inside 'ngày … /2024' (" + words + " words before): "
                            + text.substring(line.start(), line.end()));
                }
                checked += p.lines().count() > 1 ? 1 : 0;
            }
        }
        assertTrue(checked > 20, "the citation crossed a line end in most layouts: " + checked);
    }
}
