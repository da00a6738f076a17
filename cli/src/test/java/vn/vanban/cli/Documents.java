package vn.vanban.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Rendered documents turned back into text, to check what a reader of them would see. */
final class Documents {

    private Documents() {
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
        }
    }

    static String pdfText(Path pdf) throws IOException {
        return pdfText(Files.readAllBytes(pdf));
    }

    /**
     * The text of the main part of a DOCX, its runs joined and each paragraph on a line: a
     * sentence split over several runs still reads whole.
     */
    static String docxText(byte[] docx) throws IOException {
        try (InputStream in = new ByteArrayInputStream(docx); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    String text = xml.replaceAll("</w:p>", "\n").replaceAll("<w:tab/>", "\t")
                            .replaceAll("<w:br/>|<w:br [^>]*/>", "\n")
                            .replaceAll("<[^>]+>", "");
                    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                            .replace("&apos;", "'").replace("&amp;", "&");
                }
            }
        }
        throw new AssertionError("no word/document.xml in the DOCX");
    }

    static String docxText(Path docx) throws IOException {
        return docxText(Files.readAllBytes(docx));
    }

    static boolean startsWith(byte[] bytes, String magic) {
        byte[] m = magic.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < m.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (bytes[i] != m[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean startsWith(Path file, String magic) throws IOException {
        return startsWith(Files.readAllBytes(file), magic);
    }
}
