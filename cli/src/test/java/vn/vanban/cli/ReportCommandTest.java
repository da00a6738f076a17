package vn.vanban.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code vanban report} on the sample progress file: the report, the next period, the mistakes. */
class ReportCommandTest {

    static final Path PROGRESS = Cli.samples().resolve("duc-pho-2024-6-thang-progress.yaml");

    @Test
    void writesTheReportAsDocxAndPdfNamedAfterTheProgressFile(@TempDir Path dir) throws Exception {
        Cli.Run r = Cli.run("report", PROGRESS.toString(), "-o", dir.toString());
        assertEquals(0, r.exitCode(), r.toString());
        Path docx = dir.resolve("duc-pho-2024-6-thang-bao-cao.docx");
        Path pdf = dir.resolve("duc-pho-2024-6-thang-bao-cao.pdf");
        assertTrue(Files.size(docx) > 0 && Files.size(pdf) > 0, r.toString());
        assertTrue(r.out().contains(docx.toString()) && r.out().contains(pdf.toString()), r.toString());
        String text;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(docx.toFile())) {
            text = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8).replaceAll("<[^>]+>", "");
        }
        assertTrue(text.contains("BÁO CÁO") && text.contains("Kết quả thực hiện Kế hoạch số"), text);
    }

    @Test
    void nextWritesTheNextPeriodsProgressFile(@TempDir Path dir) throws Exception {
        // The progress file names its plan relative to itself: both go to the temporary folder.
        Path progress = Files.copy(PROGRESS, dir.resolve(PROGRESS.getFileName()));
        Files.copy(Cli.samples().resolve("duc-pho-2024.yaml"), dir.resolve("duc-pho-2024.yaml"));
        Cli.Run stdout = Cli.run("report", "--next", progress.toString());
        assertEquals(0, stdout.exitCode(), stdout.toString());
        assertTrue(stdout.out().contains("period:") && stdout.out().contains("9 tháng"), stdout.out());
        Path target = dir.resolve("next-progress.yaml");
        Cli.Run file = Cli.run("report", "--next", progress.toString(), "-o", target.toString());
        assertEquals(0, file.exitCode(), file.toString());
        assertEquals(stdout.out(), Files.readString(target));
        Cli.Run report = Cli.run("report", target.toString(), "-o", dir.toString());
        assertEquals(0, report.exitCode(), report.toString());
        assertTrue(Files.size(dir.resolve("next-bao-cao.pdf")) > 0, report.toString());
    }

    @Test
    void aProgressFileWithMistakesListsThemAndExitsOne(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad-progress.yaml");
        Files.writeString(bad, "plan: {file: nowhere.yaml}\nperiod: Quý V/2024\n");
        Cli.Run r = Cli.run("report", bad.toString(), "-o", dir.toString());
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.err().contains("bad-progress.yaml:"), r.toString());
        assertTrue(Files.notExists(dir.resolve("bad-bao-cao.pdf")), r.toString());
    }

    /**
     * A rendering's warning about a text the progress file gives is told at its line there, with
     * the progress file's path: the signatory's name, a row's result (in the table), a note, a
     * difficulty, a proposal; one about a task's cell the plan gives at the plan file's line; one
     * about a line made of several fields (a late task's: its content, time, status and note; a
     * task done: its content and result) against the progress file without a place.
     */
    @Test
    void aWarningIsToldWhereItsTextComesFromInTheProgressFileOrThePlan(@TempDir Path dir) throws Exception {
        String planYaml = Files.readString(PROGRESS.resolveSibling("duc-pho-2024.yaml"))
                .replace("content: Phát thanh trên hệ thống loa", "content: Phát 中 thanh trên hệ thống loa");
        Path plan = Files.writeString(dir.resolve("duc-pho-2024.yaml"), planYaml);
        String yaml = Files.readString(PROGRESS)
                .replace("fullName: Bùi Văn Lý", "fullName: Bùi\u2060Văn Lý")
                .replace("result: Đã phát 02 đợt tin", "result: Đã phát 中 02 đợt tin")
                .replace("note: Hệ thống phát thanh", "note: Hệ\u2060thống phát thanh")
                .replace("  - Kinh phí dành", "  - Kinh\u2060phí dành")
                .replace("  - Đề nghị Văn phòng", "  - Đề nghị 中 Văn phòng");
        Path progress = Files.writeString(dir.resolve(PROGRESS.getFileName()), yaml);

        Cli.Run r = Cli.run("report", progress.toString(), "-o", dir.resolve("out").toString());

        assertEquals(0, r.exitCode(), r::toString);
        List<String> err = r.err().lines().toList();
        assertEquals(1, told(err, progress + ":" + at(yaml, "fullName: Bùi", "Bùi") + ": warning: signatory.fullName: U+2060"), r.err());
        // Row 3 is done: its result is a cell of the table, and in section I a dash after its task.
        assertEquals(1, told(err, progress + ":" + at(yaml, "Đã phát 中", "Đã") + ": warning: rows[2].result: U+4E2D '中'"), r.err());
        assertEquals(1, told(err, progress + ":" + at(yaml, "note: Hệ", "Hệ") + ": warning: rows[1].note: U+2060"), r.err());
        assertEquals(1, told(err, progress + ":" + at(yaml, "- Kinh", "Kinh") + ": warning: difficulties[2]: U+2060"), r.err());
        assertEquals(1, told(err, progress + ":" + at(yaml, "- Đề nghị 中", "Đề") + ": warning: proposals[0]: U+4E2D '中'"), r.err());
        assertEquals(1, told(err, plan + ":" + at(planYaml, "content: Phát 中", "Phát")
                + ": warning: appendices[0].rows[3].content: U+4E2D '中'"), r.err());
        // Row 2 is late: its line in section I is made of the plan's task and the note; row 3's line
        // there of the plan's task and the result.
        assertEquals(1, err.stream().filter(l -> l.startsWith(progress + ": warning: U+2060")
                && l.contains("Xây dựng chuyên mục")).count(), r.err());
        assertEquals(1, err.stream().filter(l -> l.startsWith(progress + ": warning: U+4E2D")
                && l.contains("\"- Phát 中 thanh")).count(), r.err());
        assertEquals(2, err.stream().filter(l -> l.startsWith(progress + ": warning: ")).count(), r.err());
    }

    /** How many lines of {@code err} begin with {@code start}. */
    private static long told(List<String> err, String start) {
        return err.stream().filter(l -> l.startsWith(start)).count();
    }

    /** "line:col" of {@code value} on the only line of {@code yaml} holding {@code marker}. */
    private static String at(String yaml, String marker, String value) {
        List<String> lines = yaml.lines().toList();
        List<Integer> found = java.util.stream.IntStream.range(0, lines.size())
                .filter(i -> lines.get(i).contains(marker)).boxed().toList();
        assertEquals(1, found.size(), marker);
        String line = lines.get(found.get(0));
        return (found.get(0) + 1) + ":" + (line.indexOf(value, line.indexOf(marker)) + 1);
    }

    @Test
    void withoutOutputIsWrongUsage() {
        Cli.Run r = Cli.run("report", PROGRESS.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("--output"), r.toString());
    }

    /** The sample's progress file and plan copied into {@code folder}. */
    private static Path copied(Path folder) throws Exception {
        Files.createDirectories(folder);
        Files.copy(Cli.samples().resolve("duc-pho-2024.yaml"), folder.resolve("duc-pho-2024.yaml"));
        return Files.copy(PROGRESS, folder.resolve(PROGRESS.getFileName()));
    }

    @Test
    void validateChecksAProgressFileAsReportReadsIt(@TempDir Path dir) throws Exception {
        Path progress = copied(dir);
        Cli.Run ok = Cli.run("validate", progress.toString());
        assertEquals(0, ok.exitCode(), "five false errors as a plan before (trial 5): " + ok);
        assertEquals(progress + ": OK\n", ok.out());
        Path broken = Files.writeString(dir.resolve("broken-progress.yaml"),
                Files.readString(progress).replace("status: done", "status: finished"));
        Cli.Run bad = Cli.run("validate", broken.toString());
        assertEquals(1, bad.exitCode(), bad.toString());
        assertTrue(bad.out().contains(broken + ":") && bad.out().contains("status"), bad.toString());
        assertFalse(bad.out().contains("unknown field 'plan'"), bad.toString());
    }

    @Test
    void nextNeverOverwritesItsInputAsNextYearRefusesTheSame(@TempDir Path dir) throws Exception {
        Path progress = copied(dir);
        byte[] before = Files.readAllBytes(progress);
        Cli.Run r = Cli.run("report", "--next", progress.toString(), "-o", progress.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("NEWFILE is FILE itself; this period's progress file is kept, so name another "
                + "file"), r.toString());
        assertArrayEquals(before, Files.readAllBytes(progress));
        Cli.Run plan = Cli.run("report", "--next", progress.toString(), "-o", dir.resolve("duc-pho-2024.yaml").toString());
        assertEquals(1, plan.exitCode(), plan.toString());
        assertTrue(plan.err().contains("plan.file: the new progress file") && plan.err().contains("is this plan's file"),
                plan.toString());
        Cli.Run json = Cli.run("report", "--next", progress.toString(), "-o", dir.resolve("next.json").toString());
        assertEquals(2, json.exitCode(), json.toString());
        assertTrue(Files.notExists(dir.resolve("next.json")), json.toString());
        Path edited = Files.writeString(dir.resolve("next-progress.yaml"), "# edited\n");
        Cli.Run existing = Cli.run("report", "--next", progress.toString(), "-o", edited.toString());
        assertEquals(2, existing.exitCode(), existing.toString());
        assertTrue(existing.err().contains("exists and may hold edits"), existing.toString());
        assertEquals("# edited\n", Files.readString(edited));
        Cli.Run forced = Cli.run("report", "--next", progress.toString(), "-o", edited.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced.toString());
    }

    @Test
    void nextIntoAFolderAboveThePlanNamesThePlanFromThere(@TempDir Path dir) throws Exception {
        Path progress = copied(dir.resolve("2024"));
        Path above = dir.resolve("9-thang-progress.yaml");
        Cli.Run r = Cli.run("report", "--next", progress.toString(), "-o", above.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(Files.readString(above).contains("file: 2024/duc-pho-2024.yaml"), Files.readString(above));
        Cli.Run report = Cli.run("report", above.toString(), "-o", dir.resolve("out").toString());
        assertEquals(0, report.exitCode(), report.toString());
        assertTrue(Files.size(dir.resolve("out").resolve("9-thang-bao-cao.pdf")) > 0, report.toString());
    }

    @Test
    void nextWhereThePlanCannotBeNamedIsRefusedSayingWhereItMayGo(@TempDir Path dir) throws Exception {
        Path progress = copied(dir.resolve("plan"));
        for (Path target : List.of(dir.resolve("beside").resolve("next-progress.yaml"),
                dir.resolve("plan").resolve("missing").resolve("next-progress.yaml"))) {
            Cli.Run r = Cli.run("report", "--next", progress.toString(), "-o", target.toString());
            assertEquals(1, r.exitCode(), r.toString());
            assertTrue(r.err().contains(progress + ":6:9: plan.file: the new progress file '" + target + "' could not "
                    + "name this plan: a progress file names its plan by a path inside its own folder"), r.toString());
            assertTrue(r.err().contains("write it into the plan's folder (" + dir.resolve("plan") + ") or a folder "
                    + "above it"), r.toString());
            assertTrue(Files.notExists(target.getParent()), "nothing is written, no folder made: " + r);
        }
    }
}
