package vn.vanban.docx4j.check;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The font: Times New Roman, Unicode, black (Phụ lục I, Phần I, I.4). */
final class FontRules {

    /**
     * In a PDF, Times New Roman or a face made to its metrics: Liberation Serif and Tinos (where
     * Times New Roman is not installed, vanban and LibreOffice embed one of these), TeX Gyre Termes
     * and Nimbus Roman. They print the same words on the same lines.
     */
    private static final Pattern TIMES = Pattern.compile(
            "TimesNewRoman.*|Times New Roman.*|LiberationSerif.*|Liberation Serif.*|Tinos.*|TeXGyreTermes.*|NimbusRom.*");

    private FontRules() {
    }

    static final Rule FONT = Rule.both("C4", "font", "NĐ 30/2020, Phụ lục I, Phần I, I.4",
            "all text in Times New Roman", (doc, out) -> {
                String want = doc.measures().font;
                String required = doc.isPdf() ? want + " (or a face with its metrics: Liberation Serif, Tinos)" : want;
                eachBlock(doc, out, s -> doc.isPdf() ? (TIMES.matcher(s.font()).matches() ? null : s.font())
                                : want.equals(s.font()) ? null : s.font() == null ? "no font named" : s.font(),
                        f -> "text in " + f, required);
            });

    static final Rule EMBEDDED = Rule.pdf("C25", "fonts-embedded", "NĐ 30/2020, Phụ lục I, Phần I, I.4",
            "every font embedded in the PDF", (doc, out) -> {
                for (CheckedDocument.Font f : doc.fonts()) {
                    if (!f.embedded()) {
                        out.add(Place.document(), "the font " + f.name() + " not embedded",
                                "every font embedded, so that the document prints as it was made");
                    }
                }
            });

    static final Rule COLOUR = Rule.both("C4", "font-colour", "NĐ 30/2020, Phụ lục I, Phần I, I.4",
            "black text, not highlighted", (doc, out) -> eachBlock(doc, out,
                    s -> s.colour() != null ? "colour " + s.colour() : s.highlighted() ? "highlighting" : null,
                    c -> "text in " + c, "black text without highlighting"));

    static final Rule UNICODE = Rule.docx("C4", "unicode", "NĐ 30/2020, Phụ lục I, Phần I, I.4 (TCVN 6909:2001)",
            "Vietnamese text in precomposed Unicode (NFC)", (doc, out) -> {
                doc.blocks().stream().filter(b -> !b.nfc()).forEach(b -> out.add(b, "letters written as a base and separate tone marks",
                        "precomposed Unicode letters (NFC), as TCVN 6909:2001 and every Vietnamese keyboard write them"));
            });

    static List<Rule> all() {
        return List.of(FONT, EMBEDDED, COLOUR, UNICODE);
    }

    /** A finding for each block with a fault (the same fault's places are gathered in one finding). */
    private static void eachBlock(CheckedDocument doc, Rule.Findings out, Function<Block.Span, String> fault,
                                    Function<String, String> found, String required) {
        for (Block b : doc.blocks()) {
            b.textSpans().stream().map(fault).filter(f -> f != null).distinct().forEach(f -> out.add(b, found.apply(f), required));
        }
    }
}
