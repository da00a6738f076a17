package vn.vanban.text;

import vn.vanban.model.Inline;
import vn.vanban.model.Text;

/**
 * The words of a text as a reader of the printed page sees them, whatever its pieces: emphasis
 * dropped, a citation and an amount written out, a footnote left where it is not (in the note).
 */
public final class PlainText {

    private PlainText() {
    }

    /** The text's words; "" for {@code null}. */
    public static String of(Text text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Inline part : text.parts()) {
            if (part instanceof Inline.Plain p) {
                sb.append(p.text());
            } else if (part instanceof Inline.Strong s) {
                sb.append(s.text());
            } else if (part instanceof Inline.Cite c) {
                sb.append(Citations.format(c.citation()));
            } else if (part instanceof Inline.Money m) {
                sb.append(Amounts.dong(m.dong()));
            }
        }
        return sb.toString();
    }
}
