package vn.vanban.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code vanban check} on our own output, on a damaged copy of it, and on wrong usage. */
class CheckCommandTest {

    @TempDir
    static Path dir;
    static Path docx;
    static Path pdf;

    @BeforeAll
    static void render() {
        Cli.Run r = Cli.run("render", Cli.samples().resolve("duc-pho-2024.yaml").toString(), "-o", dir.toString());
        assertEquals(0, r.exitCode(), r.toString());
        docx = dir.resolve("duc-pho-2024.docx");
        pdf = dir.resolve("duc-pho-2024.pdf");
    }

    @Test
    void ourOwnDocxAndPdfHaveNoFindings() {
        Cli.Run r = Cli.run("check", docx.toString(), pdf.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("", r.err(), r.toString());
        assertTrue(r.out().contains(docx.getFileName().toString()) && r.out().contains(pdf.getFileName().toString()),
                r.toString());
    }

    @Test
    void aBodyInArialIsAFindingAndExitsOne() throws IOException {
        Path arial = dir.resolve("arial.docx");
        Files.write(arial, replaceInPart(Files.readAllBytes(docx), "word/styles.xml", "Times New Roman", "Arial"));
        Cli.Run r = Cli.run("check", arial.toString());
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.out().contains("Arial"), r.toString());
    }

    @Test
    void jsonGivesOneReportAFile() throws IOException {
        Cli.Run r = Cli.run("check", "--format", "json", docx.toString());
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertTrue(report.isObject(), r.out());
    }

    @Test
    void anUnknownTypeIsWrongUsage() {
        Cli.Run r = Cli.run("check", "--type", "THƯ TÌNH", docx.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("quyet-dinh"), r.toString());
    }

    @Test
    void aFileThatIsNoDocumentIsSaidAndExitsOne() throws IOException {
        Path text = dir.resolve("plan.docx");
        Files.writeString(text, "not a zip");
        Cli.Run r = Cli.run("check", text.toString(), dir.resolve("missing.pdf").toString());
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.err().contains("plan.docx") && r.err().contains("missing.pdf"), r.toString());
    }

    private static byte[] replaceInPart(byte[] zip, String part, String from, String to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals(part)) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(bytes);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
