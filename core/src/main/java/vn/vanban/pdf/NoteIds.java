package vn.vanban.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.vanban.layout.LayoutDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives each footnote's tag an /ID, as PDF/UA-1 asks of a Note (ISO 14289-1, 7.9): FOP 2.11 tags
 * an fo:footnote as a Note but gives it none (later FOP versions do). PDFBox appends the ids as an
 * incremental update, after {@link PdfMending}, as {@link PlaceholderText} does its texts.
 * <p>
 * Only a document with a footnote pays for it: PDFBox walks the whole structure tree, and its
 * incremental save parses every object of the file (seconds for a catalogue of a thousand pages;
 * a plan with footnotes is a few pages).
 */
final class NoteIds {

    private static final COSName NOTE = COSName.getPDFName("Note");
    /** The ids' prefix; a document's ids are unique, numbered in the tree's order. */
    private static final String PREFIX = "vanban-note-";

    private NoteIds() {
    }

    /** Whether the document has a footnote, so that the PDF's notes need their ids. */
    static boolean present(LayoutDocument doc) {
        return doc.sections().stream().anyMatch(s -> present(s.blocks()));
    }

    /** Whether the blocks, or a table's cells among them, hold a footnote. */
    static boolean present(List<LayoutDocument.Block> blocks) {
        return blocks.stream().anyMatch(b -> b instanceof LayoutDocument.Paragraph p
                ? p.spans().stream().anyMatch(s -> s.note() != null)
                : b instanceof LayoutDocument.Table t && t.rows().stream().flatMap(r -> r.cells().stream())
                        .anyMatch(c -> present(c.blocks())));
    }

    /** The PDF with an update that gives every Note its /ID, or as it is when none lacks one. */
    static byte[] mend(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSDictionary treeRoot = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
            if (!walk(treeRoot, new int[] {1}, new HashSet<>())) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 8192);
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    private static boolean walk(COSBase node, int[] next, Set<COSBase> seen) {
        boolean changed = false;
        if (node instanceof COSArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                changed |= walk(kids.getObject(i), next, seen);
            }
        } else if (node instanceof COSDictionary element && seen.add(element)) {
            if (NOTE.equals(element.getCOSName(COSName.S)) && element.getString(COSName.ID) == null) {
                element.setString(COSName.ID, PREFIX + next[0]++);
                changed = true;
            }
            changed |= walk(element.getDictionaryObject(COSName.K), next, seen);
        }
        return changed;
    }
}
