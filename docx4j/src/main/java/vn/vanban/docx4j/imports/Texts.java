package vn.vanban.docx4j.imports;

import vn.vanban.model.Inline;
import vn.vanban.model.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph's pieces as running {@link Text}: plain and bold words, footnotes where their
 * marks stand. Breaks and tabs become spaces (running text has neither); italic, which the model
 * does not carry, becomes upright.
 */
final class Texts {

    private Texts() {
    }

    /** The pieces' text from the {@code skip}-th character on (a label and its space left out). */
    static Text of(List<Para.Piece> pieces, int skip) {
        List<Inline> out = new ArrayList<>();
        int left = skip;
        for (Para.Piece p : pieces) {
            if (p instanceof Para.Note n) {
                out.add(new Inline.Note(note(n)));
                continue;
            }
            Para.Run r = (Para.Run) p;
            // A no-break space is kept: it holds words on one line, as vanban's own blanks of a
            // draft's number and date ("số      /QĐ-UBND") and a clerk's "41,7 %" do.
            String s = r.text().replace('\t', ' ').replace('\n', ' ');
            if (left > 0) {
                int cut = Math.min(left, s.length());
                s = s.substring(cut);
                left -= cut;
            }
            add(out, s, r.bold() && !s.isBlank());
        }
        return new Text(trimEnds(out));
    }

    /** A footnote's paragraphs as one text, joined by a space. */
    private static Text note(Para.Note n) {
        List<Inline> out = new ArrayList<>();
        for (Para p : n.paragraphs()) {
            if (!out.isEmpty()) {
                add(out, " ", false);
            }
            for (Inline i : of(p.pieces(), 0).parts()) {
                // A note holds no note.
                if (i instanceof Inline.Plain pl) {
                    add(out, pl.text(), false);
                } else if (i instanceof Inline.Strong st) {
                    add(out, st.text(), true);
                }
            }
        }
        return new Text(trimEnds(out));
    }

    static void add(List<Inline> out, String s, boolean bold) {
        if (s.isEmpty()) {
            return;
        }
        Inline last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (bold && last instanceof Inline.Strong st) {
            out.set(out.size() - 1, new Inline.Strong(st.text() + s));
        } else if (!bold && last instanceof Inline.Plain pl) {
            out.set(out.size() - 1, new Inline.Plain(pl.text() + s));
        } else {
            out.add(bold ? new Inline.Strong(s) : new Inline.Plain(s));
        }
    }

    /** Leading and trailing spaces of the whole text dropped, as a data file's text has none. */
    private static List<Inline> trimEnds(List<Inline> in) {
        List<Inline> out = new ArrayList<>(in);
        while (!out.isEmpty() && text(out.get(0)) != null && text(out.get(0)).isBlank()) {
            out.remove(0);
        }
        if (!out.isEmpty() && text(out.get(0)) != null) {
            out.set(0, with(out.get(0), text(out.get(0)).stripLeading()));
        }
        while (!out.isEmpty() && text(out.get(out.size() - 1)) != null && text(out.get(out.size() - 1)).isBlank()) {
            out.remove(out.size() - 1);
        }
        if (!out.isEmpty() && text(out.get(out.size() - 1)) != null) {
            int l = out.size() - 1;
            out.set(l, with(out.get(l), text(out.get(l)).stripTrailing()));
        }
        return out;
    }

    static String text(Inline i) {
        return i instanceof Inline.Plain p ? p.text() : i instanceof Inline.Strong s ? s.text() : null;
    }

    static Inline with(Inline i, String text) {
        return i instanceof Inline.Strong ? new Inline.Strong(text) : new Inline.Plain(text);
    }

    /** The text's words as written, pieces joined. */
    static String plain(Text t) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : t.parts()) {
            String s = text(i);
            if (s != null) {
                sb.append(s);
            }
        }
        return sb.toString();
    }
}
