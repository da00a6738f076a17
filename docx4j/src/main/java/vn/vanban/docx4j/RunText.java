package vn.vanban.docx4j;

import jakarta.xml.bind.JAXBElement;
import org.docx4j.wml.Br;
import org.docx4j.wml.R;
import org.docx4j.wml.Text;
import vn.vanban.text.NumberSymbols;

/**
 * What a piece of a Word run shows as text, read the same way by the checker and the import: its
 * words, a tab, a line break, a non-breaking hyphen (Word's {@code w:noBreakHyphen} or vanban's
 * U+2011 in the text, both a "-"). A field's code and deleted words are not shown.
 */
public final class RunText {

    private RunText() {
    }

    /** The content of a run's element, unwrapped from its JAXB element. */
    public static Object unwrap(Object o) {
        return o instanceof JAXBElement<?> e ? e.getValue() : o;
    }

    /**
     * The text {@code o} (an element of {@code R.getContent()}) shows: "" for a field's code or
     * deleted words, {@code null} when it is no text at all (a drawing, a footnote reference …).
     */
    public static String of(Object o) {
        Object v = unwrap(o);
        if (v instanceof Text t) {
            // w:instrText and w:delText are Text too.
            return !(o instanceof JAXBElement<?> e) || e.getName().getLocalPart().equals("t")
                    ? NumberSymbols.plain(t.getValue()) : "";
        }
        if (v instanceof R.Tab) {
            return "\t";
        }
        if (v instanceof Br || v instanceof R.Cr) {
            return "\n";
        }
        if (v instanceof R.NoBreakHyphen) {
            return "-";
        }
        return null;
    }
}
