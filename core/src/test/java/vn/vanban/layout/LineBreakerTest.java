package vn.vanban.layout;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vanban.fonts.FontSet;
import vn.vanban.text.NumberSymbols;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lines chosen as Word and LibreOffice fill them, measured as they measure. */
class LineBreakerTest {

    private static final LayoutProfile PROFILE = ProfileLoader.loadDefault();
    private static final FontSet FONTS = FontSet.liberationSerif();
    private static final TextWidth WIDTH = new TextWidth(FONTS);
    private static final LineBreaker BREAKER = new LineBreaker(PROFILE, WIDTH);

    private static List<String> lines(String style, String text, double width) {
        return lines(new LayoutDocument.Paragraph(style, List.of(LayoutDocument.Span.plain(text))), width);
    }

    private static List<String> lines(LayoutDocument.Paragraph p, double width) {
        return lines(BREAKER.set(p, width));
    }

    /** The lines of a paragraph already set, as its text now reads. */
    private static List<String> lines(LayoutDocument.Paragraph set) {
        String text = set.text();
        return set.lines().lines().stream().map(l -> text.substring(l.start(), l.end())).toList();
    }

    /**
     * Where LibreOffice 7.4 wrapped these texts, found by stepping a one-cell table a twip at a
     * time: the text fit a line {@code fits} points wide and not one {@code wraps} wide. The
     * width the layout measures lies in between; the exact advances, summed, miss several of them.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "13|địa chỉ tiếp nhận phản ánh, kiến nghị|192.0|192.05",
            "13|cán bộ, công chức làm đầu mối kiểm soát thủ tục hành chính|315.6|315.65",
            "13|Phổ biến pháp luật cho đồng bào dân tộc thiểu số tại các huyện miền núi|376.45|376.5",
            "13|mmmmmmmmmm nnnnnnnnnnnnnnnn|208.3|208.35",
            "13|AVAVAVAVAVAVAVAV AVAVAVAV|228.6|228.65",
            "11|- Các phòng, ban, đơn vị thuộc thị xã;|166.5|166.55",
            "11|iiii llll ffff tttt jjjj|74.55|74.6"})
    void textIsMeasuredAsLibreOfficeMeasuresIt(double size, String text, double wraps, double fits) {
        double w = WIDTH.of(text, size, false, false);
        assertTrue(w > wraps && w <= fits, w + " in (" + wraps + ", " + fits + "]");
        LayoutDocument.Paragraph p = new LayoutDocument.Paragraph("table-cell", List.of(LayoutDocument.Span.plain(text)));
        if (size == PROFILE.style("table-cell").size()) {
            assertEquals(1, lines(p, fits).size(), "fits " + fits);
            assertTrue(lines(p, wraps).size() > 1, "wraps at " + wraps);
        }
    }

    @Property(tries = 300)
    void eachLineTakesAsManyWordsAsFitAndNoMore(@ForAll("texts") String text,
                                                @ForAll @DoubleRange(min = 60, max = 470) double width) {
        LayoutProfile.ParagraphStyle st = PROFILE.style("body");
        LayoutDocument.Paragraph p = BREAKER.set(new LayoutDocument.Paragraph("body",
                List.of(LayoutDocument.Span.plain(text))), width);
        List<LayoutDocument.Line> lines = p.lines().lines();
        String set = p.text(); // a symbol's hyphens marked non-breaking: no break opportunity there
        assertEquals(text, NumberSymbols.plain(set), "the text as it was, but for the marks");
        List<String> texts = lines.stream().map(l -> set.substring(l.start(), l.end())).toList();
        assertEquals(set.replace(" ", ""), String.join("", texts).replace(" ", ""), "every character, in order");
        for (int i = 0; i < lines.size(); i++) {
            double room = width - (i == 0 ? st.firstLine() : 0);
            String line = texts.get(i);
            // Every line fits, but a single letter wider than the whole line.
            assertTrue(WIDTH.of(line, st.size(), false, false) <= room || line.codePointCount(0, line.length()) == 1,
                    "line " + i + " fits: " + line);
            if (i + 1 < lines.size()) {
                // The next line's first word, whole (a word too long for a line runs on over lines).
                int from = lines.get(i + 1).start();
                int to = from;
                while (to < set.length() && set.charAt(to) != ' ' && !(to > from && set.charAt(to - 1) == '-')) {
                    to++;
                }
                String next = set.substring(from, to);
                if (WIDTH.of(next, st.size(), false, false) > width) {
                    continue; // too long for any line: it starts a line of its own and is cut
                }
                boolean hyphen = line.endsWith("-");
                String joined = line + (hyphen ? "" : " ") + next;
                assertTrue(WIDTH.of(joined, st.size(), false, false) > room, "the next word would not fit: " + joined);
                // A line ends inside a symbol only where the symbol's word cannot go whole to the
                // next line: it opens this one, or is wider than a line (it keeps its break at the
                // hyphen rather than be cut in a part).
                LayoutDocument.Line here = lines.get(i);
                NumberSymbols.holding(set, here.end() - 1).ifPresent(symbol -> {
                    int a = wordStart(set, symbol.start());
                    int z = set.indexOf(' ', symbol.end()) < 0 ? set.length() : set.indexOf(' ', symbol.end());
                    assertTrue(a == here.start() || WIDTH.of(set.substring(a, z), st.size(), false, false) > width,
                            "ends inside a symbol: " + line);
                });
            }
        }
        // Marked only where a symbol would have straddled a line's end: each marked one opens a line.
        List<Integer> starts = lines.stream().map(LayoutDocument.Line::start).toList();
        for (int i = set.indexOf(NumberSymbols.NO_BREAK_HYPHEN); i >= 0; i = set.indexOf(NumberSymbols.NO_BREAK_HYPHEN, i + 1)) {
            NumberSymbols.Symbol symbol = NumberSymbols.holding(text, i).orElseThrow();
            int opens = starts.indexOf(wordStart(text, symbol.start()));
            assertTrue(opens > 0, "a marked symbol opens a line after the first: " + texts);
        }
    }

    /** Where the word holding {@code at} starts, in the texts below: after a space. */
    private static int wordStart(String text, int at) {
        return text.lastIndexOf(' ', at) + 1;
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word = Arbitraries.of("các", "cơ quan", "đơn vị", "thủ tục hành chính", "26/KH-UBND", "TT-VH-TT",
                "08/6/2010", "năm 2024", "Ủy ban nhân dân", "kiểm soát", "tuyên truyền,", "phổ biến;", "a", "ĐĐĐĐĐĐ",
                "(15/2024/QĐ-UBND),", "123/BC-UBND-VP", "/KH-ĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐ");
        return word.list().ofMinSize(1).ofMaxSize(80).map(w -> String.join(" ", w));
    }

    @Test
    void theFirstLineGivesUpItsIndentAndAHangingOneGivesItBack() {
        double width = 200;
        String text = "một hai ba bốn năm sáu bảy tám chín mười một hai ba bốn năm sáu bảy tám";
        List<String> body = lines("body", text, width);
        List<String> recipient = lines("recipient", text, width);
        LayoutProfile.ParagraphStyle b = PROFILE.style("body");
        assertTrue(WIDTH.of(body.get(0), b.size(), false, false) <= width - b.firstLine());
        LayoutProfile.ParagraphStyle r = PROFILE.style("recipient");
        // A hanging indent: the first line starts at the edge, the others after the dash.
        assertTrue(WIDTH.of(recipient.get(1), r.size(), false, false) <= width - r.indentLeft());
    }

    @Test
    void boldIsMeasuredInTheBoldFace() {
        String words = "Danh mục nội dung công việc truyền thông";
        double plain = WIDTH.of(words, 14, false, false);
        double bold = WIDTH.of(words, 14, true, false);
        assertTrue(bold > plain);
        double width = (plain + bold) / 2 + PROFILE.style("body").firstLine();
        LayoutDocument.Paragraph p = new LayoutDocument.Paragraph("body", List.of(new LayoutDocument.Span(words, true, false)));
        assertEquals(2, lines(p, width).size(), "too wide in bold, though it would fit in the regular face");
    }

    @Test
    void aLineFeedStartsALineAndCarriageReturnLineFeedIsOneBreak() {
        assertEquals(List.of("a", "b", "c", "", "d"), lines("table-cell", "a\nb\r\nc\n\nd", 300));
    }

    @Test
    void aLineBreaksAfterAHyphenInsideAWordButNeverAfterASlashNorBeforeADigit() {
        LayoutProfile.ParagraphStyle st = PROFILE.style("table-cell");
        double tt = WIDTH.of("Trung tâm TT-", st.size(), false, false);
        assertEquals(List.of("Trung tâm TT-", "VH-TT thị xã"), lines("table-cell", "Trung tâm TT-VH-TT thị xã", tt + 1));
        // No break after the slash: "26/" does not end a line though it would fit.
        double so = WIDTH.of("Kế hoạch số 26/", st.size(), false, false);
        assertEquals(List.of("Kế hoạch số", "26/KH-UBND"), lines("table-cell", "Kế hoạch số 26/KH-UBND", so + 1));
        double years = WIDTH.of("giai đoạn 2021-", st.size(), false, false);
        assertEquals(List.of("giai đoạn", "2021-2030"), lines("table-cell", "giai đoạn 2021-2030", years + 1));
    }

    /** Trial 1: "Kế hoạch số 12/KH-⏎UBND", which Word and LibreOffice broke there too. */
    @Test
    void aNumberAndSymbolNeverEndsALineAtItsHyphenAndLeavesMarkedNonBreaking() {
        LayoutProfile.ParagraphStyle st = PROFILE.style("table-cell");
        String text = "Kế hoạch số 26/2024/KH-UBND-VP ngày 15/3/2024";
        for (String fits : List.of("KH-", "KH-UBND-")) {
            // The line would have ended right after the symbol's first hyphen, then after its second.
            double width = WIDTH.of("Kế hoạch số 26/2024/", st.size(), false, false) + WIDTH.of(fits, st.size(), true, false) + 1;
            LayoutDocument.Paragraph set = BREAKER.set(new LayoutDocument.Paragraph("table-cell",
                    List.of(LayoutDocument.Span.plain("Kế hoạch số 26/2024/"), new LayoutDocument.Span("KH-UBND-VP", true, false),
                            LayoutDocument.Span.plain(" ngày 15/3/2024"))), width);
            List<String> got = lines(set);
            assertEquals("Kế hoạch số", got.get(0), "in " + width + " pt");
            assertTrue(got.get(1).startsWith("26/2024/KH\u2011UBND\u2011VP"), "whole on the next line: " + got);
            // The mark reaches the writers in the spans, bold or not, each as long as before.
            assertEquals(List.of("Kế hoạch số 26/2024/", "KH\u2011UBND\u2011VP", " ngày 15/3/2024"),
                    set.spans().stream().map(LayoutDocument.Span::text).toList());
        }
        // Measured as the "-" it is printed as.
        assertEquals(WIDTH.of(text, st.size(), false, false), WIDTH.of(text.replace('-', '\u2011'), st.size(), false, false));
    }

    /** A symbol away from the lines' ends keeps its plain hyphens: the text as its readers look for it. */
    @Test
    void aSymbolInsideALineKeepsItsPlainHyphens() {
        String text = "Thực hiện Kế hoạch số 26/KH-UBND ngày 15/3/2024 của Ủy ban nhân dân thị xã về kiểm soát thủ tục hành chính";
        double width = WIDTH.of("Thực hiện Kế hoạch số 26/KH-UBND ngày 15/3/2024", PROFILE.style("table-cell").size(), false, false) + 1;
        List<String> got = lines("table-cell", text, width);
        assertEquals("Thực hiện Kế hoạch số 26/KH-UBND ngày 15/3/2024", got.get(0));
        assertTrue(got.size() > 1, "a paragraph of several lines: " + got);
    }

    /**
     * A symbol too wide for a line of its own cannot go whole to the next one: it keeps its break
     * at the hyphen, plain, rather than be cut inside a part ("15/2024/QĐ-U" / "BND").
     */
    @Test
    void aSymbolWiderThanALineBreaksAtItsHyphen() {
        LayoutProfile.ParagraphStyle st = PROFILE.style("table-cell");
        double piece = WIDTH.of("15/2024/QĐ-", st.size(), false, false) + 1;
        assertEquals(List.of("số", "15/2024/QĐ-", "UBND"), lines("table-cell", "số 15/2024/QĐ-UBND", piece));
        double both = WIDTH.of("số 15/2024/QĐ-", st.size(), false, false) + 1;
        assertTrue(both < WIDTH.of("15/2024/QĐ-UBND", st.size(), false, false), "the symbol fits no line");
        assertEquals(List.of("số 15/2024/QĐ-", "UBND"), lines("table-cell", "số 15/2024/QĐ-UBND", both));
    }

    @Test
    void aParagraphOfOneLineKeepsItsPlainHyphens() {
        LayoutDocument.Paragraph p = new LayoutDocument.Paragraph("number", List.of(LayoutDocument.Span.plain("Số: 12/KH-UBND")));
        LayoutDocument.Paragraph set = BREAKER.set(p, 200);
        assertEquals(1, set.lines().count());
        assertEquals("Số: 12/KH-UBND", set.text(), "nothing to break, the number as its readers look for it");
    }

    /**
     * LibreOffice 7.4 keeps a twelfth of an italic face's height free at the end of an italic line:
     * this basis of the sample decisions filled its second line to less than that, and LibreOffice
     * wrapped "chính;" where our PDF had kept it. It adds as much to an italic run cut by a
     * non-breaking hyphen.
     */
    @Test
    void anItalicLineKeepsLibreOfficesItalicCorrectionFree() {
        LayoutProfile.ParagraphStyle st = PROFILE.style("basis");
        double width = PROFILE.page().textWidth(false);
        String text = "Căn cứ Nghị định số 48/2013/NĐ-CP ngày 14/5/2013 của Chính phủ sửa đổi, bổ sung một số điều"
                + " của các Nghị định liên quan đến kiểm soát thủ tục hành chính;";
        List<String> got = lines("basis", text, width);
        assertEquals(List.of("Căn cứ Nghị định số 48/2013/NĐ-CP ngày 14/5/2013 của Chính phủ sửa đổi,",
                "bổ sung một số điều của các Nghị định liên quan đến kiểm soát thủ tục hành", "chính;"), got);
        double correction = WIDTH.italicCorrection(st.size(), false);
        assertEquals(1.29, correction, 0.01, "a twelfth of 1.107 em at 14 pt");
        double full = WIDTH.of(got.get(1) + " " + got.get(2), st.size(), false, true);
        double room = width - st.indentLeft();
        assertTrue(full <= room && full > room - correction, "fits but for the correction: " + full + " in " + room);
        assertEquals(WIDTH.of("12/KH-UBND", st.size(), false, true) + correction,
                WIDTH.of("12/KH\u2011UBND", st.size(), false, true), 1e-9);
    }

    /** A hanging indent: a word moved to the next line is measured in that line's room, not the first's. */
    @Test
    void aWordMovedOnIsMeasuredInTheRoomOfItsNewLine() {
        LayoutProfile.ParagraphStyle st = PROFILE.style("recipient");
        String word = "mamaaaaaambbÙ;ỪôẵỆảóẦỐẮỐ(ô;";
        double w = WIDTH.of(word, st.size(), false, false);
        double width = w + st.indentLeft() - 1; // fits the first line (no indent), not the next
        List<String> got = lines("recipient", "- " + word, width);
        for (int i = 1; i < got.size(); i++) {
            assertTrue(WIDTH.of(got.get(i), st.size(), false, false) <= width - st.indentLeft() + 1e-9, got.get(i));
        }
        assertTrue(got.size() > 2, "the word is cut: " + got);
    }

    @Test
    void aWordLongerThanALineStartsALineAndIsCutWhereTheLineEnds() {
        LayoutProfile.ParagraphStyle st = PROFILE.style("table-cell");
        String word = "Đ".repeat(30);
        double width = WIDTH.of("Đ".repeat(12), st.size(), false, false) + 0.5;
        List<String> lines = lines("table-cell", "một " + word + " hai", width);
        assertEquals(List.of("một", "Đ".repeat(12), "Đ".repeat(12), "Đ".repeat(6) + " hai"), lines);
    }

    @Test
    void aTabMovesOnToTheNextDefaultTabStop() {
        LayoutDocument.Paragraph p = BREAKER.set(new LayoutDocument.Paragraph("table-cell",
                List.of(LayoutDocument.Span.plain("a\tb\tc"))), 400);
        double stop = Math.round(PROFILE.tabStop() * 20) / 20.0;
        double a = WIDTH.of("a", 13, false, false);
        double b = WIDTH.of("b", 13, false, false);
        assertEquals(2, p.lines().tabs().size());
        assertEquals(stop - a, p.lines().tabs().get(0), 0.01);
        assertEquals(stop - b, p.lines().tabs().get(1), 0.01);
        assertEquals(1, p.lines().count());
    }
}
