package vn.vanban.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.common.Format;
import vn.vanban.load.PlanReader;
import vn.vanban.load.PlanWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** vanban render and validate on real plans, through to the DOCX and PDF bytes. */
class RenderTest {

    static final Path SAMPLE = Cli.samples().resolve("duc-pho-2024.yaml");

    /** A valid plan with no appendix, so that --appendix-only fails half-way through rendering. */
    static final String NO_APPENDIX = """
            issuer:
              name: Ủy ban nhân dân xã Phổ Thạnh
              abbreviation: UBND
              place: Phổ Thạnh
            date: 2025-01
            summary: Tổ chức Tết Nguyên đán Ất Tỵ năm 2025
            body:
              - section: Mục đích, yêu cầu
            recipients:
              to: [Ủy ban nhân dân thị xã Đức Phổ]
              archive: VT
            signatory:
              position: Chủ tịch
              fullName: Nguyễn Văn An
            """;

    @TempDir
    Path tmp;

    @Test
    void theSampleBecomesADocxAndAPdf() throws IOException {
        Path out = tmp.resolve("out");

        Cli.Run r = Cli.run("render", SAMPLE.toString(), "-o", out.toString());

        assertEquals(0, r.exitCode(), r::toString);
        Path docx = out.resolve("duc-pho-2024.docx");
        Path pdf = out.resolve("duc-pho-2024.pdf");
        assertEquals(docx + "\n" + pdf + "\n", r.out());
        assertTrue(Documents.startsWith(docx, "PK"));
        assertTrue(Documents.startsWith(pdf, "%PDF"));
        assertTrue(Documents.docxText(docx).contains("KẾ HOẠCH"));
        String text = Documents.pdfText(pdf);
        assertTrue(text.contains("KẾ HOẠCH"), text);
        assertTrue(text.contains("Bùi Văn Lý"), text);
        assertEquals(List.of("duc-pho-2024.docx", "duc-pho-2024.pdf"), names(out), "no temporary file left");
    }

    @Test
    void formatChoosesTheDocuments() throws IOException {
        Cli.Run r = Cli.run("render", SAMPLE.toString(), "-o", tmp.toString(), "--format", "docx");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(List.of("duc-pho-2024.docx"), names(tmp));
    }

    @Test
    void appendixOnlyRendersTheAppendix() throws IOException {
        Cli.Run r = Cli.run("render", SAMPLE.toString(), "-o", tmp.toString(), "--format", "docx", "--appendix-only");

        assertEquals(0, r.exitCode(), r::toString);
        // Named after its part: the whole plan's DOCX beside it is not replaced.
        String text = Documents.docxText(tmp.resolve("duc-pho-2024-phu-luc.docx"));
        assertTrue(text.contains("Quý II/2024"), text);
        assertFalse(text.contains("MỤC ĐÍCH, YÊU CẦU"), text);
    }

    @Test
    void standardInputIsRenderedToStandardOutput() throws IOException {
        byte[] yaml = Files.readAllBytes(SAMPLE);

        Cli.Run pdf = Cli.runWithInput(yaml, "render", "-", "--format", "pdf");
        Cli.Run docx = Cli.runWithInput(yaml, "render", "-", "--format", "docx");

        assertEquals(0, pdf.exitCode(), pdf::toString);
        assertTrue(Documents.startsWith(pdf.outBytes(), "%PDF"));
        assertTrue(Documents.pdfText(pdf.outBytes()).contains("KẾ HOẠCH"));
        assertEquals(0, docx.exitCode(), docx::toString);
        assertTrue(Documents.startsWith(docx.outBytes(), "PK"));
    }

    @Test
    void standardInputMayBeJson() throws IOException {
        String json = new PlanWriter().write(new PlanReader().read(SAMPLE), Format.JSON);

        Cli.Run r = Cli.runWithInput(json.getBytes(StandardCharsets.UTF_8),
                "render", "-", "--stdin-format", "json", "--format", "docx");

        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(Documents.docxText(r.outBytes()).contains("KẾ HOẠCH"));
    }

    @Test
    void aWordWiderThanItsLineIsWarnedOfOnceForBothFormats() throws IOException {
        String word = "x".repeat(120);
        Path plan = Files.writeString(tmp.resolve("long.yaml"), NO_APPENDIX.replace("summary: ", "summary: " + word + " "));

        Cli.Run r = Cli.run("render", plan.toString(), "-o", tmp.resolve("out").toString());

        assertEquals(0, r.exitCode(), r::toString);
        List<String> ours = r.err().lines().filter(l -> l.contains("a word is wider than its line")).toList();
        assertEquals(1, ours.size(), r.err());
        assertTrue(ours.get(0).startsWith(plan + ":6:10: warning: summary: "), ours.get(0));
        assertTrue(ours.get(0).endsWith("\"" + "x".repeat(40) + "…\""), ours.get(0));
    }

    @Test
    void theTextsWarningsNameTheLineAndFieldTheyAreAbout() throws IOException {
        // Trial 3 #10: box 13's wide word and missing character, and the end mark, named no place.
        String url = "https://" + "a".repeat(150) + ".vn";
        String yaml = NO_APPENDIX.replace("  - section: Mục đích, yêu cầu\n", """
                  - section: Mục đích, yêu cầu
                  - paragraph: Giao Công chức Văn hóa - Xã hội chủ trì thực hiện.
                """) + "contact:\n  - \"Trang tin: " + url + "\"\n  - \"Điện thoại 😀 0255 3859 123\"\n";
        Path plan = Files.writeString(tmp.resolve("box13.yaml"), yaml);
        List<String> lines = yaml.lines().toList();

        Cli.Run r = Cli.run("render", plan.toString(), "-o", tmp.resolve("out").toString());

        assertEquals(0, r.exitCode(), r::toString);
        String wide = plan + ":" + (lines.indexOf("  - \"Trang tin: " + url + "\"") + 1) + ":5: warning: contact[0]: "
                + "a word is wider than its line";
        String glyph = plan + ":" + (lines.indexOf("  - \"Điện thoại 😀 0255 3859 123\"") + 1) + ":5: warning: "
                + "contact[1]: U+1F600 '😀' is not in the font";
        String end = plan + ":" + (lines.indexOf("  - paragraph: Giao Công chức Văn hóa - Xã hội chủ trì thực hiện.") + 1)
                + ":16: warning: body[1].paragraph: the body's last sentence ends with a period";
        for (String expected : List.of(wide, glyph, end)) {
            assertEquals(1, r.err().lines().filter(l -> l.startsWith(expected)).count(), expected + "\n" + r.err());
        }
    }

    @Test
    void aWarningAboutAPlanFromStandardInputIsToldAtItsLine() throws Exception {
        String yaml = Files.readString(SAMPLE, StandardCharsets.UTF_8).replace("Bùi Văn Lý", "Bùi\u2060Văn Lý");
        int line = (int) yaml.lines().takeWhile(l -> !l.contains("fullName: Bùi\u2060Văn Lý")).count() + 1;
        Cli.Run r = Cli.runWithInput(yaml.getBytes(StandardCharsets.UTF_8), "render", "-", "--format", "pdf");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("-:" + line + ":13: warning: signatory.fullName: U+2060 "),
                "standard input is read once; what the reader read places it: " + r.err());
    }

    /**
     * A character the font lacks (U+2060, the word joiner, has no glyph in the serif) in a body
     * paragraph, a catalogue cell and the signatory's name, and a word wider than its line in a
     * section's title: each is told at its field's line, column and path, not at the file alone.
     */
    @Test
    void aMissingCharacterOrAWideWordAnywhereIsToldAtItsField() throws IOException {
        String joiner = "\u2060";
        String title = "Mục đích " + "Đ".repeat(60);
        String yaml = NO_APPENDIX
                .replace("  - section: Mục đích, yêu cầu\n", "  - section: " + title + "\n"
                        + "  - section:\n      title: Tổ chức thực hiện\n      content:\n"
                        + "        - paragraph: Giao Công chức" + joiner + "Văn hóa chủ trì thực hiện./.\n")
                .replace("fullName: Nguyễn Văn An", "fullName: Nguyễn" + joiner + "Văn An")
                + "appendices:\n  - title: Danh mục\n    columns:\n      - {key: content, header: Nội dung, width: 5}\n"
                + "      - {key: time, header: Thời gian, width: 2}\n    rows:\n"
                + "      - {content: In" + joiner + "tờ rơi, time: Quý II/2025}\n";
        Path plan = Files.writeString(tmp.resolve("joiner.yaml"), yaml);
        List<String> lines = yaml.lines().toList();

        Cli.Run r = Cli.run("render", plan.toString(), "-o", tmp.resolve("out").toString());

        assertEquals(0, r.exitCode(), r::toString);
        List<String> expected = List.of(
                at(plan, lines, title) + "body[0].section: a word is wider than its line",
                at(plan, lines, "Giao Công chức") + "body[1].section.content[0].paragraph: U+2060",
                at(plan, lines, "Nguyễn" + joiner) + "signatory.fullName: U+2060",
                at(plan, lines, "In" + joiner) + "appendices[0].rows[0].content: U+2060");
        for (String e : expected) {
            assertEquals(1, r.err().lines().filter(l -> l.startsWith(e)).count(), e + "\n" + r.err());
        }
        assertEquals(expected.size(), r.err().lines().count(), "no other warning, none without a place: " + r.err());
    }

    /** "file:line:col: warning: " for the value that starts with {@code value} in {@code lines}. */
    private static String at(Path file, List<String> lines, String value) {
        int line = 0;
        while (!lines.get(line).contains(value)) {
            line++;
        }
        return file + ":" + (line + 1) + ":" + (lines.get(line).indexOf(value) + 1) + ": warning: ";
    }

    @Test
    void aMisspeltFieldIsReportedWithItsLineAndPath() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), NO_APPENDIX.replace("summary:", "sumary:"));
        Path out = tmp.resolve("out");

        Cli.Run render = Cli.run("render", bad.toString(), "-o", out.toString());
        Cli.Run validate = Cli.run("validate", bad.toString());

        assertEquals(1, render.exitCode(), render::toString);
        assertTrue(render.err().contains(bad + ":6:1: sumary: unknown field 'sumary'"), render::toString);
        assertTrue(render.err().contains("did you mean 'summary'?"), render::toString);
        assertEquals(List.of(), names(out), "nothing rendered");
        assertEquals(1, validate.exitCode(), validate::toString);
        assertTrue(validate.out().contains(bad + ":6:1: sumary: unknown field 'sumary'"), validate::toString);
    }

    @Test
    void anInvalidPlanOnStandardInputListsItsProblemsOneALine() {
        Cli.Run r = Cli.runWithInput("date: x\n".getBytes(StandardCharsets.UTF_8), "render", "-", "--format", "pdf");

        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("-:1:1: issuer: missing required field 'issuer'\n"), r::toString);
        assertTrue(r.err().endsWith("\n-:1:7: date: expected a date as YYYY-MM-DD, YYYY-MM or YYYY, found 'x'\n"),
                r::toString);
        assertEquals(0, r.outBytes().length);
    }

    @Test
    void validateSaysOkForAGoodFile() {
        Cli.Run r = Cli.run("validate", SAMPLE.toString());

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(SAMPLE + ": OK\n", r.out());
    }

    @Test
    void validateReadsStandardInput() throws IOException {
        Cli.Run r = Cli.runWithInput(Files.readAllBytes(SAMPLE), "validate", "-");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("-: OK\n", r.out());
    }

    /** Standard input is read no further than the size limit, as a file is: a pipe from /dev/zero ends. */
    @Test
    void validateReadsStandardInputNoFurtherThanTheLimit() {
        long[] given = {0};
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                given[0]++;
                return 'a';
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> Main.run(new String[] {"validate", "-"}, new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                        new java.io.PrintStream(err, true, StandardCharsets.UTF_8), endless));

        assertEquals(1, code, err::toString);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("larger than 4 MB"), out::toString);
        assertTrue(given[0] <= 4_000_001L + 8192, "read " + given[0] + " bytes");
    }

    @Test
    void oneBadFileDoesNotStopTheOthers() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), "summary: [\n");
        Path out = tmp.resolve("out");

        Cli.Run r = Cli.run("render", bad.toString(), SAMPLE.toString(), "-o", out.toString(), "--format", "docx");

        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(List.of("duc-pho-2024.docx"), names(out));
    }

    @Test
    void twoInputsWithTheSameNameDoNotOverwriteEachOther() throws IOException {
        Path a = Files.copy(SAMPLE, tmp.resolve("a.yaml"));
        Path json = Files.writeString(tmp.resolve("a.json"), NO_APPENDIX);
        Path out = tmp.resolve("out");

        Cli.Run r = Cli.run("render", a.toString(), json.toString(), "-o", out.toString(), "--format", "docx");

        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("vanban: '" + json + "' would write the same files as '" + a + "'\n", r.err());
        assertTrue(Documents.docxText(out.resolve("a.docx")).contains("Bùi Văn Lý"), "the first one's");
    }

    @Test
    void aDecisionsPartsRenderAlone() throws IOException {
        Path decision = Cli.samples().resolve("duc-pho-2024-quyet-dinh.yaml");
        Path main = Files.createDirectory(tmp.resolve("main"));
        Path attached = Files.createDirectory(tmp.resolve("attached"));
        assertEquals(0, Cli.run("render", decision.toString(), "-o", main.toString(), "--format", "docx",
                "--part", "main").exitCode());
        assertEquals(0, Cli.run("render", decision.toString(), "-o", attached.toString(), "--format", "docx",
                "--part", "attached").exitCode());
        String alone = Documents.docxText(main.resolve("duc-pho-2024-quyet-dinh-chinh.docx"));
        assertTrue(alone.contains("QUYẾT ĐỊNH:") && !alone.contains("KẾ HOẠCH"), alone);
        String plan = Documents.docxText(attached.resolve("duc-pho-2024-quyet-dinh-kem-theo.docx"));
        assertTrue(plan.contains("KẾ HOẠCH") && plan.contains("Phụ lục") && !plan.contains("QUYẾT ĐỊNH:"), plan);

        Cli.Run r = Cli.run("render", SAMPLE.toString(), "-o", tmp.toString(), "--part", "attached");
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().contains("issues no text to render on its own"), r::toString);
    }

    @Test
    void oneAppendixRendersAloneLabelledAsInTheWhole() throws IOException {
        Path plan = Cli.samples().resolve("quang-ngai-pbgdpl-2025.yaml");
        Path out = Files.createDirectory(tmp.resolve("one"));
        Cli.Run r = Cli.run("render", plan.toString(), "-o", out.toString(), "--format", "docx", "--appendix", "2");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(out.resolve("quang-ngai-pbgdpl-2025-phu-luc-2.docx") + "\n", r.out());
        String second = Documents.docxText(out.resolve("quang-ngai-pbgdpl-2025-phu-luc-2.docx"));
        assertTrue(second.contains("Phụ lục 2") && second.contains("DỰ TOÁN KINH PHÍ"), second);
        assertFalse(second.contains("DANH MỤC NHIỆM VỤ"), "the second appendix only");
        assertFalse(second.contains("KẾ HOẠCH"), "the appendix alone, not the plan");

        Cli.Run beyond = Cli.run("render", plan.toString(), "-o", out.toString(), "--appendix", "3");
        assertEquals(1, beyond.exitCode(), beyond::toString);
        assertTrue(beyond.err().contains("has 2 appendices; there is no appendix 3: give --appendix 1 to 2"), beyond::toString);
        Cli.Run zero = Cli.run("render", plan.toString(), "-o", out.toString(), "--appendix", "0");
        assertEquals(2, zero.exitCode(), zero::toString);
        assertTrue(zero.err().contains("--appendix counts from 1"), zero::toString);
        Cli.Run both = Cli.run("render", plan.toString(), "-o", out.toString(), "--appendix", "1", "--part", "main");
        assertEquals(2, both.exitCode(), both::toString);
        try (var files = Files.list(out)) {
            assertEquals(1, files.count(), "nothing written by the refused runs");
        }
        assertTrue(Cli.run("render", "--help").out().contains("--appendix=N"));
    }

    @Test
    void aRenderingThatFailsLeavesNoFileBehind() throws IOException {
        Path plan = Files.writeString(tmp.resolve("tet.yaml"), NO_APPENDIX);
        Path out = Files.createDirectory(tmp.resolve("out"));

        Cli.Run r = Cli.run("render", plan.toString(), "-o", out.toString(), "--appendix-only");

        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("vanban: " + plan + ": the plan has no appendix to render on its own\n", r.err());
        assertEquals(List.of(), names(out), "neither the document nor its temporary file");
    }

    @Test
    void aTargetThatCannotBeReplacedLeavesNoTemporaryFile() throws IOException {
        Path out = tmp.resolve("out");
        // A non-empty directory where the DOCX should go: the final rename must fail.
        Files.createDirectories(out.resolve("duc-pho-2024.docx/keep"));

        Cli.Run r = Cli.run("render", SAMPLE.toString(), "-o", out.toString(), "--format", "docx");

        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("vanban: cannot write '" + out.resolve("duc-pho-2024.docx") + "': "), r::toString);
        assertEquals(List.of("duc-pho-2024.docx"), names(out), "only the directory that was there");
    }

    @Test
    void stackTracesOnlyWithDebug() {
        byte[] plan = NO_APPENDIX.getBytes(StandardCharsets.UTF_8);

        Cli.Run plain = Cli.runWithInput(plan, "render", "-", "--format", "docx", "--appendix-only");
        Cli.Run after = Cli.runWithInput(plan, "render", "-", "--format", "docx", "--appendix-only", "--debug");
        Cli.Run before = Cli.runWithInput(plan, "--debug", "render", "-", "--format", "docx", "--appendix-only");

        assertEquals(1, plain.exitCode(), plain::toString);
        assertEquals("vanban: the plan has no appendix to render on its own\n", plain.err());
        assertEquals(0, plain.outBytes().length, "nothing on standard output");
        for (Cli.Run r : List.of(after, before)) {
            assertEquals(1, r.exitCode(), r::toString);
            assertTrue(r.err().startsWith("vanban: the plan has no appendix to render on its own\n"), r::toString);
            assertTrue(r.err().contains("\tat vn.vanban.Vanban.layout("), r::toString);
        }
    }

    static List<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
