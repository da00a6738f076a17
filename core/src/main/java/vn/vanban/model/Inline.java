package vn.vanban.model;

/** A piece of running text: plain words, words set in bold, a citation, or a sum of money. */
public sealed interface Inline permits Inline.Plain, Inline.Strong, Inline.Cite, Inline.Money {

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

    static Plain plain(String text) {
        return new Plain(text);
    }

    static Strong strong(String text) {
        return new Strong(text);
    }

    static Cite cite(Citation citation) {
        return new Cite(citation);
    }

    /** A sum in digits, followed by the same in words ("Bằng chữ: …") when {@code inWords}. */
    static Money money(long dong, boolean inWords) {
        return new Money(dong, inWords);
    }
}
