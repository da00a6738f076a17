package vn.vanban.docx4j.imports;

import java.util.Objects;

/**
 * A place of the document the import could not map onto the plan: kept as plain paragraphs
 * where it stands (or at the end of the body when it stands outside it), and listed so that a
 * person can look at it.
 *
 * @param paragraph the paragraph's number in the document, from 1 (table cells and text boxes
 *                  counted); 0 for what concerns the whole document (a part not found)
 * @param excerpt   its first words, at most 40 characters
 * @param reason    why it was not mapped, one sentence
 */
public record Unmapped(int paragraph, String excerpt, String reason) {

    public Unmapped {
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code paragraph 12: "Ghi chú của văn thư…": why}, or {@code document: why} for the whole. */
    @Override
    public String toString() {
        return paragraph == 0 ? "document: " + reason : "paragraph " + paragraph + ": \"" + excerpt + "\": " + reason;
    }
}
