package vn.vanban.model;

/**
 * A piece of running text: plain words, words set in bold, a citation, a sum of money, a
 * reference to one of the document's appendices, or a footnote.
 */
public sealed interface Inline permits Inline.Plain, Inline.Strong, Inline.Cite, Inline.Money, Inline.AppendixRef,
        Inline.Note {

    /** Plain words. */
    record Plain(String text) implements Inline {
    }

    /** Words the author set in bold (the seed names its catalogue in bold). */
    record Strong(String text) implements Inline {
    }

    /** Trích dẫn — a citation of another document inside the text. */
    record Cite(Citation citation) implements Inline {
    }

    /**
     * Số tiền — a sum in đồng, written "1.500.000 đồng" and, when {@code inWords}, followed by
     * "(Bằng chữ: Một triệu năm trăm nghìn đồng)"; 0 or more.
     */
    record Money(long dong, boolean inWords) implements Inline {
    }

    /**
     * Chỉ dẫn phụ lục — a reference to an appendix by its {@link Appendix#id()}, printed as its label
     * ("Phụ lục II", "Phụ lục 2", or "Phụ lục" when it is the only one): renumbering the
     * appendices cannot leave the text naming the wrong one.
     */
    record AppendixRef(String id) implements Inline {
    }

    /**
     * Chú thích — a footnote where it stands: "… 05 sự kiện¹" in the text, its {@code text} at the
     * foot of the page; notes are numbered through the document. Only the body's text holds them,
     * and a note holds none.
     */
    record Note(Text text) implements Inline {
    }

    static Plain plain(String text) {
        return new Plain(text);
    }

    static Strong strong(String text) {
        return new Strong(text);
    }

    static Cite cite(Citation citation) {
        return new Cite(citation);
    }

    /** A footnote of plain text. */
    static Note note(String text) {
        return new Note(Text.of(text));
    }

    /** A reference to the appendix whose id is {@code id}, printed as its label. */
    static AppendixRef appendix(String id) {
        return new AppendixRef(id);
    }

    /** A sum in digits, followed by the same in words ("Bằng chữ: …") when {@code inWords}. */
    static Money money(long dong, boolean inWords) {
        return new Money(dong, inWords);
    }
}
