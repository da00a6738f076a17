package vn.vanban.docx4j.imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vanban.docx4j.UnreadableDocumentException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files that are no plan's DOCX fail with one sentence naming the file, within bounds of time and
 * memory: nothing else is thrown (no stack trace reaches a user), nothing is read to exhaustion.
 */
class HostileInputTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static String fails(byte[] bytes, String expected) {
        UnreadableDocumentException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(UnreadableDocumentException.class, () -> new Importer().read(bytes, "bad.docx")));
        assertTrue(e.getMessage().startsWith("bad.docx: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        return e.getMessage();
    }

    @Test
    void anEmptyFile() {
        fails(new byte[0], "empty");
    }

    @Test
    void aPdf() {
        fails("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1), "not a DOCX file (it is a PDF)");
    }

    @Test
    void anEncryptedDocxOrAnOldDoc() {
        fails(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0},
                "encrypted");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain text, not a zip", "PK\u0003\u0004 a broken zip"})
    void textOrABrokenZip(String s) {
        fails(s.getBytes(StandardCharsets.ISO_8859_1), "DOCX");
    }

    @Test
    void aZipBomb() throws IOException {
        // 300 MB of zeros, a few hundred kilobytes zipped.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(bytes.size() < 1 << 20);
        fails(bytes.toByteArray(), "zip bomb");
    }

    @Test
    void aZipOfManyParts() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < 3_000; i++) {
                zip.putNextEntry(new ZipEntry("p" + i));
                zip.closeEntry();
            }
        }
        fails(bytes.toByteArray(), "parts");
    }

    @Test
    void aZipThatIsNoWordDocument() throws IOException {
        fails(docx(Map.of("hello.txt", "hi")), "a zip package without the parts of a Word document");
    }

    /** Content types but no document part: docx4j's NullPointerException is no message for a clerk. */
    @Test
    void aPackageWithoutItsDocumentPart() throws IOException {
        String m = fails(docx(Map.of("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas"
                + ".openxmlformats.org/package/2006/content-types\"/>")), "not a readable DOCX");
        assertTrue(!m.contains("Cannot invoke") && !m.contains("null"), m);
    }

    /**
     * User trial 6 #10: a junk .docx whose content types are no XML said "(ParseError at
     * [row,col]:[1,2])", its parser's words; it names the part now, and keeps the advice.
     */
    @Test
    void aPartThatIsNoXmlIsNamed() throws IOException {
        String m = fails(docx(Map.of("[Content_Types].xml", "<<<not xml", "word/document.xml", "\u0001\u0002 random")),
                "not a readable DOCX file (its part [Content_Types].xml is not XML (it goes wrong at line 1, column 2))");
        assertTrue(!m.contains("ParseError") && !m.contains("[row,col]"), m);
        assertTrue(m.endsWith("open it in Word or LibreOffice and save it again as .docx"), m);
    }

    /** docx4j logs a main document part that is no XML and leaves it null: named, not "Cannot invoke …". */
    @ParameterizedTest
    @ValueSource(strings = {"word/document.xml", "word/styles.xml"})
    void aWordPartThatIsNoXmlIsNamed(String part) throws IOException {
        java.util.Map<String, String> parts = parts("<w:p><w:r><w:t>x</w:t></w:r></w:p>");
        parts.put("word/styles.xml", "<?xml version=\"1.0\"?><w:styles xmlns:w=\"" + W + "\"/>");
        parts.put("word/_rels/document.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas"
                + ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas"
                + ".openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>");
        parts.put("[Content_Types].xml", parts.get("[Content_Types].xml").replace("</Types>", "<Override "
                + "PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".wordprocessingml.styles+xml\"/></Types>"));
        parts.put(part, "junk <not xml");
        String m = fails(docx(parts), "not a readable DOCX file (its part " + part + " is not XML (it goes wrong at line 1, column 1))");
        assertTrue(!m.contains("Cannot invoke") && !m.contains("null"), m);
    }

    @Test
    void tablesNestedDeeply() throws IOException {
        StringBuilder body = new StringBuilder();
        int depth = 200;
        body.append("<w:tbl><w:tr><w:tc>".repeat(depth)).append("<w:p><w:r><w:t>x</w:t></w:r></w:p>")
                .append("</w:tc></w:tr></w:tbl>".repeat(depth)).append("<w:p/>");
        fails(document(body.toString()), "nested");
    }

    @Test
    void xmlNestedDeeperThanAnyDocument() throws IOException {
        int depth = 100_000;
        String body = "<w:sdt><w:sdtContent>".repeat(depth) + "<w:p/>" + "</w:sdtContent></w:sdt>".repeat(depth);
        fails(document(body), "");
    }

    @Test
    void moreParagraphsThanAPlanHas() throws IOException {
        fails(document("<w:p><w:r><w:t>x</w:t></w:r></w:p>".repeat(DocxParagraphs.MAX_PARAGRAPHS + 1)), "paragraphs");
    }

    @Test
    void aDocumentWithoutText() throws IOException {
        fails(document("<w:p/><w:p><w:r><w:t>   </w:t></w:r></w:p>"), "no text");
    }

    private static byte[] document(String body) throws IOException {
        return docx(parts(body));
    }

    private static java.util.Map<String, String> parts(String body) {
        return new java.util.TreeMap<>(Map.of(
                "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
                "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>",
                "word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"" + W + "\"><w:body>" + body + "</w:body></w:document>"));
    }

    private static byte[] docx(java.util.Map<String, String> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var e : new java.util.TreeMap<>(parts).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static final class Map {
        static java.util.Map<String, String> of(String... kv) {
            java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
            for (int i = 0; i < kv.length; i += 2) {
                m.put(kv[i], kv[i + 1]);
            }
            return m;
        }
    }
}
