package vn.vanban.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.DocumentPart;
import vn.vanban.Vanban;
import vn.vanban.model.Citation;
import vn.vanban.model.DocumentType;
import vn.vanban.model.Inline;
import vn.vanban.model.Plan;
import vn.vanban.model.Signatory;
import vn.vanban.testing.Layouts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanban.model.BodyNode.paragraph;

/** Issue 21 §3 in the output: a Công văn of template 1.5, and the plan it sends cited from the plan's file. */
class LettersTest {

    private static final Vanban VANBAN = Vanban.builder().build();

    private static List<String> paragraphs(Plan plan) {
        return Layouts.paragraphs(VANBAN.layout(plan, DocumentPart.WHOLE).sections().get(0)).stream()
                .map(t -> t.replaceAll("\\s+", " ")).filter(t -> !t.isBlank()).toList();
    }

    private static Plan.Builder letter() {
        return Plan.builder().type(DocumentType.CONG_VAN).issuer("Ủy ban nhân dân thị xã Đức Phổ", "UBND", "Đức Phổ")
                .symbol("UBND-VP").number(312).date("2024-02-26").summary("Triển khai Kế hoạch truyền thông năm 2024")
                .recipients("VT, VP", "CT, PCT UBND thị xã").signatory(Signatory.head("Chủ tịch", "Bùi Văn Lý"))
                .body(paragraph("Đề nghị các địa phương triển khai thực hiện./."));
    }

    @Test
    void aLetterHasNoTypeLineItsSummaryUnderTheNumberAndOneAddresseeOnTheLineOfKinhGui() {
        List<String> p = paragraphs(letter().addressees("Ủy ban nhân dân các xã, phường").build());
        assertFalse(p.contains("CÔNG VĂN"), p.toString());
        assertEquals("V/v triển khai Kế hoạch truyền thông năm 2024", p.get(p.indexOf("Số: 312/UBND-VP") + 1));
        assertTrue(p.contains("Kính gửi: Ủy ban nhân dân các xã, phường"), p.toString());
        assertEquals(List.of("- Như trên;", "- CT, PCT UBND thị xã;", "- Lưu: VT, VP."),
                p.subList(p.indexOf("Nơi nhận:") + 1, p.indexOf("Nơi nhận:") + 4));
    }

    @Test
    void severalAddresseesAreAListEndingWithAPeriod() {
        List<String> p = paragraphs(letter().addressees("Phòng Tư pháp", "Ủy ban nhân dân các xã, phường").build());
        int at = p.indexOf("Kính gửi:");
        assertEquals(List.of("Kính gửi:", "- Phòng Tư pháp;", "- Ủy ban nhân dân các xã, phường."), p.subList(at, at + 3));
    }

    /**
     * A Tờ trình or a Báo cáo sent upward has its Kính gửi under its title (box 9a, "below 5a"):
     * the data took addressees for them and the template 1.4 printed none (trial 6 §6).
     */
    @Test
    void aSubmissionOrAReportHasItsAddresseesUnderItsTitle() {
        for (DocumentType type : List.of(DocumentType.TO_TRINH, DocumentType.BAO_CAO)) {
            List<String> p = paragraphs(letter().type(type).addressees("Ủy ban nhân dân tỉnh Quảng Ngãi").build());
            int title = p.indexOf(type.vietnameseName().toUpperCase(java.util.Locale.ROOT));
            assertTrue(title > 0, p.toString());
            assertEquals(List.of("Triển khai Kế hoạch truyền thông năm 2024", "Kính gửi: Ủy ban nhân dân tỉnh Quảng Ngãi"),
                    p.subList(title + 1, title + 3), type.name());
        }
    }

    @Test
    void thePlanItSendsIsCitedFromThePlansOwnFileAndFollowsIt(@TempDir Path dir) throws IOException {
        String plan = Files.readString(Path.of("../samples/duc-pho-2024.yaml"))
                .replace("\ndate: 2024\n", "\nnumber: 45\ndate: 2024-02-07\n");
        // The plan in a folder below the letter's: a cited file stays in the citing file's folder.
        Files.createDirectories(dir.resolve("ke-hoach"));
        Files.writeString(dir.resolve("ke-hoach").resolve("2024.yaml"), plan);
        Path file = dir.resolve("gui.yaml");
        Files.writeString(file, letterFile("[\"Thực hiện \", {cite: {file: ke-hoach/2024.yaml}}, \"; \", {cite: {file: ke-hoach/2024.yaml, issuer: UBND thị xã}}, \"./.\"]"));
        Plan letter = VANBAN.read(file);
        Citation cited = ((Inline.Cite) ((vn.vanban.model.BodyNode.Paragraph) letter.body().get(0)).text().parts().get(1))
                .citation();
        assertEquals("45/KH-UBND", cited.number());
        assertEquals("ke-hoach/2024.yaml", cited.file());
        String text = paragraphs(letter).stream().filter(t -> t.startsWith("Thực hiện")).findFirst().orElseThrow();
        assertEquals("Thực hiện Kế hoạch số 45/KH-UBND ngày 07/02/2024 của Chủ tịch Ủy ban nhân dân thị xã Đức Phổ truyền "
                + "thông về hoạt động kiểm soát thủ tục hành chính năm 2024 trên địa bàn thị xã Đức Phổ; Kế hoạch số "
                + "45/KH-UBND ngày 07/02/2024 của UBND thị xã truyền thông về hoạt động kiểm soát thủ tục hành chính năm "
                + "2024 trên địa bàn thị xã Đức Phổ./.", text);
        // The plan numbered anew: the letter follows it when read again.
        Files.writeString(dir.resolve("ke-hoach").resolve("2024.yaml"), plan.replace("number: 45", "number: 46"));
        assertTrue(paragraphs(VANBAN.read(file)).stream().anyMatch(t -> t.startsWith("Thực hiện Kế hoạch số 46/KH-UBND")));
    }

    /** A letter handed over by someone else cannot make vanban read a file outside its folder. */
    @Test
    void aCitedFileStaysInTheCitingFilesFolder(@TempDir Path dir) throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("plan.yaml"), Files.readString(Path.of("../samples/duc-pho-2024.yaml")));
        Path letters = Files.createDirectories(dir.resolve("letters"));
        Files.createSymbolicLink(letters.resolve("link.yaml"), outside.resolve("plan.yaml"));
        String[][] cases = {
                {"../outside/plan.yaml", "leads outside the folder of the citing file"},
                {outside.resolve("plan.yaml").toString(), "expected a path relative to the citing file"},
                {"link.yaml", "is a link that leads outside the folder of the citing file"}};
        for (String[] c : cases) {
            Path file = letters.resolve("gui.yaml");
            Files.writeString(file, letterFile("[\"Thực hiện \", {cite: {file: \"" + c[0] + "\"}}, \"./.\"]"));
            vn.vanban.common.InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                    vn.vanban.common.InvalidInputException.class, () -> VANBAN.read(file));
            String problems = e.problems().toString();
            assertTrue(problems.contains("body[0].paragraph[1].cite.file") && problems.contains(c[1]), problems);
            assertTrue(!problems.contains("Đức Phổ truyền thông"), "nothing of the file outside is quoted: " + problems);
        }
    }

    /** A letter of the town's whose one paragraph is {@code paragraph}, as YAML writes it. */
    private static String letterFile(String paragraph) {
        return """
                type: cong-van
                issuer: {name: Ủy ban nhân dân thị xã Đức Phổ, abbreviation: UBND, place: Đức Phổ}
                symbol: UBND-VP
                date: 2024-02-26
                summary: Triển khai Kế hoạch
                addressees: [Ủy ban nhân dân các xã, phường]
                body:
                  - paragraph: %s
                recipients: {archive: VT}
                signatory: {position: Chủ tịch, fullName: Bùi Văn Lý}
                """.formatted(paragraph);
    }
}
