package vn.vanban.docx4j;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a file must be before docx4j reads it: not empty, a zip package (not a PDF, not an old
 * Word file or an encrypted one, both OLE compound files), no larger than
 * {@link Docx4jDocuments#MAX_FILE}, and inflating to no more than
 * {@link Docx4jDocuments#MAX_INFLATED} in at most {@link Docx4jDocuments#MAX_PARTS} parts — counted
 * while inflating, so that a zip bomb's declared sizes cannot lie.
 */
final class Bounds {

    /** The end of every message, as docx4j's own failures end (Docx4jDocuments.load). */
    private static final String SAVE_AGAIN = "; open it in Word or LibreOffice and save it again as .docx";

    private Bounds() {
    }

    static void check(byte[] docx, String name) {
        if (docx.length == 0) {
            throw new UnreadableDocumentException(name + ": the file is empty");
        }
        if (docx.length > Docx4jDocuments.MAX_FILE) {
            throw new UnreadableDocumentException(name + ": larger than " + (Docx4jDocuments.MAX_FILE >> 20)
                    + " MB; a plan's DOCX is far smaller");
        }
        if (startsWith(docx, "%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            throw new UnreadableDocumentException(name + ": not a DOCX file (it is a PDF); a DOCX is saved from "
                    + "Word or LibreOffice as .docx");
        }
        if (startsWith(docx, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            throw new UnreadableDocumentException(name + ": not a DOCX file (it is encrypted with a password, or an "
                    + "old Word .doc file); remove the password, or" + SAVE_AGAIN.substring(1));
        }
        // A zip's first bytes are "PK"; anything else would reach docx4j's less helpful messages.
        if (docx.length < 4 || docx[0] != 'P' || docx[1] != 'K') {
            throw new UnreadableDocumentException(name + ": not a DOCX file (a DOCX is a zip package)" + SAVE_AGAIN);
        }
        long total = 0;
        int parts = 0;
        boolean types = false;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                types |= e.getName().equals("[Content_Types].xml");
                if (++parts > Docx4jDocuments.MAX_PARTS) {
                    throw new UnreadableDocumentException(name + ": more than " + Docx4jDocuments.MAX_PARTS
                            + " parts in the package; no document has so many");
                }
                total += drain(zip, buffer, Docx4jDocuments.MAX_INFLATED - total);
                if (total > Docx4jDocuments.MAX_INFLATED) {
                    throw new UnreadableDocumentException(name + ": its parts inflate to more than "
                            + (Docx4jDocuments.MAX_INFLATED >> 20) + " MB (a zip bomb, or no document)");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableDocumentException(name + ": not a readable DOCX file (a damaged zip package: "
                    + e.getMessage() + ")" + SAVE_AGAIN, e);
        }
        if (parts == 0) {
            throw new UnreadableDocumentException(name + ": an empty zip package, not a DOCX" + SAVE_AGAIN);
        }
        if (!types) {
            // A zip of other files (an .odt, a folder zipped): docx4j's own message would be a Java one.
            throw new UnreadableDocumentException(name + ": a zip package without the parts of a Word document "
                    + "([Content_Types].xml), not a DOCX" + SAVE_AGAIN);
        }
    }

    /** Reads an entry to its end or one byte past {@code room}, and says how much it read. */
    private static long drain(InputStream in, byte[] buffer, long room) throws IOException {
        long read = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            read += n;
            if (read > room) {
                return read;
            }
        }
        return read;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
