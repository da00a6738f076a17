package vn.vanban.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A text no page can hold (a summary, an appendix title or a column heading longer than a page)
 * is the user's mistake: render writes neither file and validate reports it, at its line, column
 * and field (trial 6 §6: validate said OK, render wrote the DOCX and failed the PDF as a fault of
 * vanban's layout).
 */
class TallTextTest {

    @TempDir
    Path tmp;

    /** A valid plan with one appendix; {@code SUMMARY}, {@code TITLE} and {@code HEADING} are replaced. */
    private static final String PLAN = """
            issuer: {name: Ủy ban nhân dân xã Phổ Thạnh, abbreviation: UBND, place: Phổ Thạnh}
            date: 2025-01
            summary: SUMMARY
            body:
              - section: Mục đích, yêu cầu
            recipients: {to: [Ủy ban nhân dân thị xã Đức Phổ], archive: VT}
            signatory: {position: Chủ tịch, fullName: Nguyễn Văn An}
            appendices:
              - title: TITLE
                columns:
                  - {key: content, header: Nội dung, width: 3}
                  - {key: time, header: HEADING, width: 1}
                rows:
                  - {content: Đăng tin, time: Quý II}
            """;

    private static String words(int chars) {
        String[] w = {"phổ", "biến", "giáo", "dục", "pháp", "luật", "cho", "cán", "bộ", "Nhân", "dân"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < chars; i++) {
            b.append(i == 0 ? "" : " ").append(w[i % w.length]);
        }
        return b.toString();
    }

    /** The plan with the text at {@code place} {@code chars} long, the others short. */
    private Path plan(String place, int chars) throws IOException {
        String text = PLAN.replace("SUMMARY", "Tổ chức Tết Nguyên đán").replace("TITLE", "Danh mục công việc")
                .replace("HEADING", "Thời gian");
        String tall = words(chars);
        text = switch (place) {
            case "summary" -> text.replace("Tổ chức Tết Nguyên đán", tall);
            case "title" -> text.replace("Danh mục công việc", tall);
            default -> text.replace("Thời gian", tall);
        };
        return Files.writeString(tmp.resolve("tall.yaml"), text);
    }

    @ParameterizedTest
    @CsvSource({
            "summary, 4000, 3:10, summary: the summary takes",
            "title, 2500, 9:12, appendices[0].title: the appendix's title takes",
            "heading, 1800, 12:29, appendices[0].columns[1].header: the column's heading takes"})
    void renderWritesNeitherFileAndSaysWhereTheTextIs(String place, int chars, String at, String message)
            throws IOException {
        Path plan = plan(place, chars);
        Path out = tmp.resolve("out");

        Cli.Run r = Cli.run("render", plan.toString(), "-o", out.toString());

        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith(plan + ":" + at + ": " + message + " "), r::toString);
        assertTrue(r.err().contains(" pages, "), r::toString);
        assertEquals(1, r.err().lines().count(), r::toString);
        assertTrue(!r.err().contains("fault of vanban"), r::toString);
        assertEquals("", r.out());
        assertEquals(List.of(), RenderTest.names(out), "neither the DOCX nor the PDF");
    }

    @ParameterizedTest
    @CsvSource({
            "summary, 4000, 3:10, summary: the summary takes",
            "title, 2500, 9:12, appendices[0].title: the appendix's title takes",
            "heading, 1800, 12:29, appendices[0].columns[1].header: the column's heading takes"})
    void validateReportsIt(String place, int chars, String at, String message) throws IOException {
        Path plan = plan(place, chars);

        Cli.Run r = Cli.run("validate", plan.toString());

        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith(plan + ":" + at + ": " + message + " "), r::toString);
        assertTrue(!r.out().contains("OK"), r::toString);
    }

    @ParameterizedTest
    @CsvSource({"render, --format, pdf", "validate, --stdin-format, yaml"})
    void fromStandardInputItIsPlacedThereAndNothingIsWritten(String command, String option, String value)
            throws IOException {
        byte[] plan = Files.readAllBytes(plan("summary", 4000));

        Cli.Run r = Cli.runWithInput(plan, command, "-", option, value);

        assertEquals(1, r.exitCode(), r::toString);
        String told = command.equals("render") ? r.err() : r.out();
        assertTrue(told.startsWith("-:3:10: summary: the summary takes "), r::toString);
        if (command.equals("render")) {
            assertEquals(0, r.outBytes().length, "no half a document on standard output");
        }
    }

    @ParameterizedTest
    @CsvSource({"summary, 2500", "title, 1500", "heading, 500"})
    void aTextAPageHoldsStillRendersAndValidates(String place, int chars) throws IOException {
        Path plan = plan(place, chars);
        Path out = tmp.resolve("out");

        Cli.Run validate = Cli.run("validate", plan.toString());
        Cli.Run render = Cli.run("render", plan.toString(), "-o", out.toString());

        assertEquals(0, validate.exitCode(), validate::toString);
        assertEquals(0, render.exitCode(), render::toString);
        assertEquals(List.of("tall.docx", "tall.pdf"), RenderTest.names(out));
    }

    /**
     * A letter's addressees may run over to the next page, as a province writing to all its
     * communes needs: 120 of them, a line each, render whole (before, past 39 the list, kept
     * together down to the text, was more than a page could hold).
     */
    @Test
    void aLetterToMoreAddresseesThanAPageHoldsRendersThemAll() throws IOException {
        Path letter = Cli.samples().resolve("duc-pho-2024-cong-van.yaml");
        // The letter cites the plan by its file, beside it.
        Files.copy(Cli.samples().resolve("duc-pho-2024.yaml"), tmp.resolve("duc-pho-2024.yaml"));
        StringBuilder items = new StringBuilder("addressees:\n");
        for (int i = 1; i <= 120; i++) {
            items.append("  - Ủy ban nhân dân xã số ").append(i).append(" của tỉnh\n");
        }
        String text = Files.readString(letter);
        assertTrue(text.contains("addressees:\n  - Ủy ban nhân dân các xã, phường\n"));
        Path many = Files.writeString(tmp.resolve("letter.yaml"),
                text.replace("addressees:\n  - Ủy ban nhân dân các xã, phường\n", items));
        Path out = tmp.resolve("out");

        Cli.Run r = Cli.run("render", many.toString(), "-o", out.toString());

        assertEquals(0, r.exitCode(), r::toString);
        String pdf = Documents.pdfText(out.resolve("letter.pdf"));
        for (int i = 1; i <= 120; i++) {
            assertTrue(pdf.contains("- Ủy ban nhân dân xã số " + i + " của tỉnh" + (i == 120 ? "." : ";")), "item " + i);
        }
    }
}
