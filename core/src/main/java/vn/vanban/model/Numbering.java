package vn.vanban.model;

/**
 * Cách đánh số — how a document numbers its parts, clauses and appendices, among the schemes of
 * Appendix I (Part I.II.6). Numbers stay literal text; the schemes only change how they are
 * written. Chapters (Chương I), their sections (Mục 1) and articles (Điều 1.) are numbered as
 * the decree writes them whatever is chosen here. A {@code null} choice is the default one.
 *
 * @param parts      "Phần I" ({@link PartNumbers#ROMAN}, the default) or "Phần thứ nhất"
 * @param clauses    a clause inside a clause restarts at "1." ({@link ClauseNumbers#RESTART}, the
 *                   default) or carries its parent's number ("1.1.", "1.1.1.")
 * @param appendices "Phụ lục I", "Phụ lục II" ({@link AppendixNumbers#ROMAN}, the decree's default)
 *                   or "Phụ lục 1", "Phụ lục 2"
 */
public record Numbering(PartNumbers parts, ClauseNumbers clauses, AppendixNumbers appendices) {

    /** I./1./a)/- with "Phần I" and "Phụ lục I": the decree's own. */
    public static final Numbering DEFAULT = new Numbering(PartNumbers.ROMAN, ClauseNumbers.RESTART, AppendixNumbers.ROMAN);

    public Numbering {
        parts = parts == null ? PartNumbers.ROMAN : parts;
        clauses = clauses == null ? ClauseNumbers.RESTART : clauses;
        appendices = appendices == null ? AppendixNumbers.ROMAN : appendices;
    }

    /** The default with decimal clauses: "1.", "1.1.", "1.1.1." under a section. */
    public static Numbering decimal() {
        return DEFAULT.withClauses(ClauseNumbers.DECIMAL);
    }

    public Numbering withParts(PartNumbers p) {
        return new Numbering(p, clauses, appendices);
    }

    public Numbering withClauses(ClauseNumbers c) {
        return new Numbering(parts, c, appendices);
    }

    public Numbering withAppendices(AppendixNumbers a) {
        return new Numbering(parts, clauses, a);
    }

    /** How parts are numbered. */
    public enum PartNumbers {
        /** "Phần I", "Phần II". */
        ROMAN,
        /** "Phần thứ nhất", "Phần thứ hai". */
        WORDS
    }

    /** How a clause inside a clause is numbered. */
    public enum ClauseNumbers {
        /** "1." again under "1.", as plans have done. */
        RESTART,
        /** "1.1." under "1.", "1.1.1." under "1.1.". */
        DECIMAL
    }

    /** How two or more appendices are numbered (a single one is "Phụ lục" alone). */
    public enum AppendixNumbers {
        /** "Phụ lục I", "Phụ lục II". */
        ROMAN,
        /** "Phụ lục 1", "Phụ lục 2". */
        ARABIC
    }
}
