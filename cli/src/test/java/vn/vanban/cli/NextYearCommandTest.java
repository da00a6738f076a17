package vn.vanban.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.common.Format;
import vn.vanban.load.PlanReader;
import vn.vanban.load.PlanWriter;
import vn.vanban.model.PartialDate;
import vn.vanban.model.Plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** vanban next-year on the sample, and the clerk's finished 2025 plan made from it. */
class NextYearCommandTest {

    /** Every change and flag for the 2024 sample, in the order of the file. */
    static final String REVIEW_2024_TO_2025 = """
            date: 2024 → 2025
            summary: Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2024 trên địa bàn thị xã Đức Phổ → Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2025 trên địa bàn thị xã Đức Phổ
            basis.citations[3]: FLAG renewed yearly: Kế hoạch số 36/KH-UBND ngày 07/02/2024 của Chủ tịch UBND tỉnh truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2024 trên địa bàn tỉnh Quảng Ngãi — check for the 2025 edition
            basis.issuing: Chủ tịch UBND thị xã ban hành Kế hoạch truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2024, như sau: → Chủ tịch UBND thị xã ban hành Kế hoạch truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2025, như sau:
            body[0].section.content[1].clause.content[0].dash[0]: Các hoạt động tuyên truyền về hoạt động kiểm soát thủ tục hành chính năm 2024 phải đúng định hướng của Đảng và quy định của pháp luật; đáp ứng yêu cầu, nhiệm vụ, mục tiêu đã đề ra tại  → Các hoạt động tuyên truyền về hoạt động kiểm soát thủ tục hành chính năm 2025 phải đúng định hướng của Đảng và quy định của pháp luật; đáp ứng yêu cầu, nhiệm vụ, mục tiêu đã đề ra tại\s
            body[0].section.content[1].clause.content[0].dash[3].cite: FLAG cites 2024: Quyết định số 8353/QĐ-UBND ngày 29/12/2023 của Chủ tịch UBND thị xã ban hành Kế hoạch cải cách hành chính năm 2024 thị xã Đức Phổ — last year's edition? check for the 2025 edition
            body[0].section.content[1].clause.content[0].dash[5].cite: FLAG renewed yearly: Kế hoạch số 26/KH-UBND ngày 20/02/2024 của UBND thị xã tuyên truyền cải cách hành chính năm 2024 trên địa bàn thị xã Đức Phổ — check for the 2025 edition
            body[0].section.content[1].clause.content[0].dash[7].cite: FLAG renewed yearly: Quyết định số /QĐ-UBND ngày / /2024 của Chủ tịch UBND thị xã ban hành Kế hoạch hoạt động kiểm soát thủ tục hành chính năm 2024 trên địa bàn thị xã Đức Phổ — check for the 2025 edition
            body[1].section.content[0].paragraph[1].strong: Danh mục nội dung công việc truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2024 → Danh mục nội dung công việc truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2025
            body[2].section.content[0].paragraph: Đảm bảo theo dự toán năm 2024 được phân cấp ngân sách nhà nước và các văn bản có liên quan quy định mức chi thực hiện hoạt động cải cách hành chính, kiểm soát thủ tục hành chính, tuyên truyền phổ biến pháp luật. Ngoài ra, các đơn vị, địa phương có liên quan được huy động các nguồn lực tài chính hợp pháp khác để hỗ trợ hoạt động truyền thông theo Kế hoạch này. → Đảm bảo theo dự toán năm 2025 được phân cấp ngân sách nhà nước và các văn bản có liên quan quy định mức chi thực hiện hoạt động cải cách hành chính, kiểm soát thủ tục hành chính, tuyên truyền phổ biến pháp luật. Ngoài ra, các đơn vị, địa phương có liên quan được huy động các nguồn lực tài chính hợp pháp khác để hỗ trợ hoạt động truyền thông theo Kế hoạch này.
            appendices[0].title: Danh mục nội dung công việc truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2024 → Danh mục nội dung công việc truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2025
            appendices[0].rows[1].time: Năm 2024 → Năm 2025
            appendices[0].rows[2].time: Quý II/2024 → Quý II/2025
            appendices[0].rows[3].time: Năm 2024 → Năm 2025
            appendices[0].rows[4].time: Năm 2024 → Năm 2025
            appendices[0].rows[6].time: Quý II/2024 → Quý II/2025
            appendices[0].rows[7].time: Tháng 3/2024 → Tháng 3/2025
            appendices[0].rows[8].time: Năm 2024 → Năm 2025
            appendices[0].rows[9].time: Năm 2024 → Năm 2025
            appendices[0].rows[11].time: Tháng 6/2024 → Tháng 6/2025
            appendices[0].rows[12].time: Quý III/2024 → Quý III/2025
            appendices[0].rows[13].time: Quý IV/2024 → Quý IV/2025
            appendices[0].rows[14].time: Hằng quý, 06 tháng và năm 2024 → Hằng quý, 06 tháng và năm 2025
            """;

    /** The YAML file's comments that name 2024, kept and flagged (a JSON file has none). */
    static final String COMMENTS_2024 = """
            line 1: FLAG 2024 kept in a comment: # Kế hoạch truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2024 của UBND thị xã Đức Phổ,
            """;

    @TempDir
    Path tmp;

    @Test
    void theSampleBecomesNextYearsDraftWithItsReviewList() throws IOException {
        Path draft = tmp.resolve("drafts/duc-pho-2025.yaml");

        Cli.Run r = Cli.run("next-year", RenderTest.SAMPLE.toString(), "-o", draft.toString());

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(REVIEW_2024_TO_2025 + COMMENTS_2024 + draft + "\n", r.out());
        Plan plan = new PlanReader().read(draft);
        assertEquals(PartialDate.ofYear(2025), plan.date());
        assertNull(plan.number());
        assertTrue(Files.readString(draft).contains("number: 36/KH-UBND"), "citations are kept as they were");
        // Edited in place: every comment and line of the original is still there.
        assertTrue(Files.readString(draft).contains(
                "      # The province issues this plan every year: next year's copy must cite the new one.\n"));
        assertEquals(Files.readAllLines(RenderTest.SAMPLE).size(), Files.readAllLines(draft).size());
        assertEquals("", r.err());

        Path out = tmp.resolve("out");
        Cli.Run render = Cli.run("render", draft.toString(), "-o", out.toString());
        assertEquals(0, render.exitCode(), render::toString);
        // The summary is centred over two lines: compare with line breaks as spaces.
        String text = Documents.pdfText(out.resolve("duc-pho-2025.pdf")).replaceAll("\\s+", " ");
        assertTrue(text.contains("Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2025 trên địa bàn thị xã Đức Phổ"), text);
        assertTrue(Documents.docxText(out.resolve("duc-pho-2025.docx")).replaceAll("\\s+", " ")
                .contains("Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2025 trên địa bàn thị xã Đức Phổ"));
    }

    @Test
    void whatCannotBeEditedInPlaceIsWrittenAfreshWithANote() throws IOException {
        // A year the in-place edit cannot see, hidden in an escape sequence.
        Path plan = Files.writeString(tmp.resolve("plan.yaml"), Files.readString(RenderTest.SAMPLE)
                .replace("summary: Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2024 trên địa bàn thị xã Đức Phổ",
                        "summary: \"Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 202\\u0034 trên địa bàn thị xã Đức Phổ\""));
        Path draft = tmp.resolve("next.yaml");

        Cli.Run r = Cli.run("next-year", plan.toString(), "-o", draft.toString());

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("vanban: note: '" + draft + "' is written afresh: the comments and layout of '" + plan
                + "' could not be kept\n", r.err());
        // The comments are not in the new file: none is flagged as kept.
        assertEquals(REVIEW_2024_TO_2025 + draft + "\n", r.out());
        assertTrue(new PlanReader().read(draft).summary().contains("năm 2025"));
    }

    @Test
    void anotherYearMayBeChosen() throws IOException {
        Path draft = tmp.resolve("duc-pho-2030.yaml");

        Cli.Run r = Cli.run("next-year", RenderTest.SAMPLE.toString(), "-o", draft.toString(), "--year", "2030");

        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("date: 2024 → 2030\n"), r::toString);
        assertEquals(PartialDate.ofYear(2030), new PlanReader().read(draft).date());
    }

    @Test
    void jsonStaysJson() throws IOException {
        Path json = Files.writeString(tmp.resolve("plan.json"),
                new PlanWriter().write(new PlanReader().read(RenderTest.SAMPLE), Format.JSON));
        Path draft = tmp.resolve("next.json");

        Cli.Run r = Cli.run("next-year", json.toString(), "-o", draft.toString());

        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(Files.readString(draft).startsWith("{"));
        assertEquals(REVIEW_2024_TO_2025 + draft + "\n", r.out());
    }

    @Test
    void theNewFileMustKeepTheFormatAndNotReplaceThisYearsPlan() throws IOException {
        Path copy = Files.copy(RenderTest.SAMPLE, tmp.resolve("plan.yaml"));

        Cli.Run json = Cli.run("next-year", copy.toString(), "-o", tmp.resolve("next.json").toString());
        Cli.Run same = Cli.run("next-year", copy.toString(), "-o", copy.toString());
        Cli.Run year = Cli.run("next-year", copy.toString(), "-o", tmp.resolve("n.yaml").toString(), "--year", "25");
        Cli.Run earlier = Cli.run("next-year", copy.toString(), "-o", tmp.resolve("old.yaml").toString(), "--year", "2024");

        assertEquals(2, json.exitCode(), json::toString);
        assertTrue(json.err().contains("must end in .yaml or .yml"), json::toString);
        assertEquals(2, same.exitCode(), same::toString);
        assertTrue(same.err().contains("NEWFILE is FILE itself"), same::toString);
        assertEquals(Files.readString(RenderTest.SAMPLE), Files.readString(copy));
        assertEquals(2, year.exitCode(), year::toString);
        assertEquals(2, earlier.exitCode(), earlier::toString);
        assertTrue(earlier.err().contains("--year 2024 is not after the plan's year 2024"), earlier::toString);
        assertFalse(Files.exists(tmp.resolve("old.yaml")));
    }

    @Test
    void anExistingDraftIsReplacedOnlyWithForce() throws IOException {
        Path draft = Files.writeString(tmp.resolve("next.yaml"), "# edited by hand\n");
        Cli.Run refused = Cli.run("next-year", RenderTest.SAMPLE.toString(), "-o", draft.toString());
        assertEquals(2, refused.exitCode(), refused::toString);
        assertTrue(refused.err().contains("NEWFILE '" + draft + "' exists and may hold edits"), refused::toString);
        assertEquals("# edited by hand\n", Files.readString(draft));
        Cli.Run forced = Cli.run("next-year", RenderTest.SAMPLE.toString(), "-o", draft.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced::toString);
        assertTrue(Files.readString(draft).contains("năm 2025"));
    }

    @Test
    void anInvalidPlanWritesNothing() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), RenderTest.NO_APPENDIX.replace("summary:", "sumary:"));

        Cli.Run r = Cli.run("next-year", bad.toString(), "-o", tmp.resolve("next.yaml").toString());

        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().contains(bad + ":6:1: sumary: unknown field"), r::toString);
        assertTrue(Files.notExists(tmp.resolve("next.yaml")));
    }

    @Test
    void theClerksFinished2025PlanRenders() throws IOException {
        Path sample = Cli.samples().resolve("duc-pho-2025.yaml");
        Path out = tmp.resolve("out");

        Cli.Run validate = Cli.run("validate", sample.toString());
        Cli.Run render = Cli.run("render", sample.toString(), "-o", out.toString());

        assertEquals(0, validate.exitCode(), validate::toString);
        assertEquals(0, render.exitCode(), render::toString);
        String text = Documents.pdfText(out.resolve("duc-pho-2025.pdf"));
        assertTrue(text.contains("KẾ HOẠCH"), text);
        assertTrue(text.contains("25/KH-UBND"), text);
        assertTrue(Documents.docxText(out.resolve("duc-pho-2025.docx")).contains("Quý II/2025"));
    }
}
