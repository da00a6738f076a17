package vn.vanban.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.common.InvalidInputException;
import vn.vanban.common.Problem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plan a progress file names is read under the rules of every input: nothing outside its folder, bounded, never echoed. */
class PlanFileTest {

    private static final String SECRET = "root:x:0:0:root:/root:/bin/bash\n".repeat(40);

    private static String progress(String planFile) {
        return ReportsTest.HEADER.replace("file: plan.yaml", "file: '" + planFile + "'") + "period: Quý I/2024\n";
    }

    private static List<String> problems(Path progress) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Reports.read(progress));
        List<String> out = e.problems().stream().map(Problem::toString).toList();
        out.forEach(p -> assertFalse(p.contains("root:x"), p));
        return out;
    }

    @Test
    void aLinkLeadingOutOfTheFolderIsRefusedUnread(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("reports"));
        Path secret = Files.writeString(tmp.resolve("passwd.yaml"), SECRET);
        Files.createSymbolicLink(dir.resolve("plan.yaml"), secret);
        Path progress = Files.writeString(dir.resolve("progress.yaml"), progress("plan.yaml"));
        assertEquals(List.of(progress + ":1:14: plan.file: 'plan.yaml' is a link that leads outside the folder of this "
                + "progress file; refused"), problems(progress));
    }

    @Test
    void aLinkToADeviceIsNotReadToItsEnd(@TempDir Path dir) throws Exception {
        Files.createSymbolicLink(dir.resolve("plan.yaml"), Path.of("/dev/zero"));
        Path progress = Files.writeString(dir.resolve("progress.yaml"), progress("plan.yaml"));
        assertTrue(problems(progress).get(0).endsWith("'plan.yaml' is a link that leads outside the folder of this "
                + "progress file; refused"));
    }

    @Test
    void aFolderOrAPipeIsNoPlan(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve("plan.yaml"));
        Path progress = Files.writeString(dir.resolve("progress.yaml"), progress("plan.yaml"));
        assertEquals(List.of(progress + ":1:14: plan.file: the plan file '" + dir.resolve("plan.yaml") + "' is not a file "
                + "of data (a folder, a device or a pipe)"), problems(progress));
        Path pipe = dir.resolve("pipe.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        if (mkfifo.waitFor() == 0) {
            Files.writeString(progress, progress("pipe.yaml"));
            // Opening a pipe with no writer would wait for ever: it is refused before.
            assertTrue(problems(progress).get(0).endsWith("is not a file of data (a folder, a device or a pipe)"));
        }
    }

    @Test
    void aLinkInsideTheFolderIsFollowed(@TempDir Path dir) throws Exception {
        Path plans = Files.createDirectory(dir.resolve("plans"));
        Files.writeString(plans.resolve("real.yaml"), ReportsTest.PLAN);
        Files.createSymbolicLink(dir.resolve("plan.yaml"), plans.resolve("real.yaml"));
        Path progress = Files.writeString(dir.resolve("progress.yaml"), progress("plan.yaml"));
        assertTrue(Reports.read(progress).document().summary().contains("07/KH-UBND"));
    }

    @Test
    void aPlanBelowTheFolderIsFoundAndNamedFromIt(@TempDir Path dir) throws Exception {
        Path plans = Files.createDirectory(dir.resolve("plans"));
        Files.writeString(plans.resolve("plan.yaml"), ReportsTest.PLAN.replace("date: 2024-01-10", "date: 2024-13-10"));
        Path progress = Files.writeString(dir.resolve("progress.yaml"), progress("plans/../plans/plan.yaml"));
        assertEquals(List.of(plans.resolve("plan.yaml") + ":3:7: date: expected a date that exists: there is no month 13 "
                + "(2024-13-10); months run from 1 to 12"), problems(progress));
    }

    @Test
    void aPlanFileTooLargeIsRefusedAsThePlanReaderRefusesIt(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("plan.yaml"), new byte[4_000_001]);
        Path progress = Files.writeString(dir.resolve("progress.yaml"), progress("plan.yaml"));
        assertEquals(List.of(dir.resolve("plan.yaml") + ": the file is larger than 4 MB; a plan is far smaller"),
                problems(progress));
    }

    @Test
    void aProgressFileThatIsNoneSaysSo(@TempDir Path dir) throws Exception {
        assertEquals(List.of(dir.resolve("nope.yaml") + ": the file does not exist"), problems(dir.resolve("nope.yaml")));
        Path text = Files.writeString(dir.resolve("progress.txt"), "x");
        assertEquals(List.of(text + ": unknown kind of file; expected a name ending in .yaml, .yml or .json"),
                problems(text));
        Path empty = Files.writeString(dir.resolve("empty.yaml"), "# nothing\n");
        assertEquals(List.of(empty + ": the file is empty; expected a progress file"), problems(empty));
    }
}
