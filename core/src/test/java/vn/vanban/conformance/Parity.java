package vn.vanban.conformance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How alike two renderings of one document are page by page (our PDF, and LibreOffice's PDF of
 * our DOCX): the page counts; for each of our pages, the share of its words that the other puts
 * on the same page; and how many of our lines the other breaks alike (a line: the text PDFBox
 * reads as one run).
 *
 * @param shares each of our pages' share of words on the same page of the other
 */
record Parity(int pages, int otherPages, List<Double> shares, int sameWords, int words, int linesAlike, int lines) {

    static Parity of(byte[] ours, byte[] other) throws IOException {
        PdfInspector a = new PdfInspector(ours, 20 * SampleConformanceTest.MM);
        PdfInspector b = new PdfInspector(other, 20 * SampleConformanceTest.MM);
        List<Double> shares = new ArrayList<>();
        int same = 0;
        int words = 0;
        for (int i = 0; i < a.pages.size(); i++) {
            Map<String, Integer> mine = count(a.pages.get(i).body());
            Map<String, Integer> theirs = i < b.pages.size() ? count(b.pages.get(i).body()) : Map.of();
            int n = mine.values().stream().mapToInt(Integer::intValue).sum();
            int common = mine.entrySet().stream().mapToInt(e -> Math.min(e.getValue(), theirs.getOrDefault(e.getKey(), 0))).sum();
            shares.add(n == 0 ? 1.0 : (double) common / n);
            same += common;
            words += n;
        }
        Map<String, Integer> lines = new HashMap<>();
        a.pages.forEach(p -> p.pieces().forEach(x -> lines.merge(SameWords.fold(x.text()), 1, Integer::sum)));
        Map<String, Integer> otherLines = new HashMap<>();
        b.pages.forEach(p -> p.pieces().forEach(x -> otherLines.merge(SameWords.fold(x.text()), 1, Integer::sum)));
        int alike = lines.entrySet().stream().mapToInt(e -> Math.min(e.getValue(), otherLines.getOrDefault(e.getKey(), 0))).sum();
        int total = lines.values().stream().mapToInt(Integer::intValue).sum();
        return new Parity(a.pages.size(), b.pages.size(), List.copyOf(shares), same, words, alike, total);
    }

    private static Map<String, Integer> count(String text) {
        Map<String, Integer> out = new HashMap<>();
        SameWords.words(text).forEach(w -> out.merge(w, 1, Integer::sum));
        return out;
    }

    double share() {
        return words == 0 ? 1.0 : (double) sameWords / words;
    }

    double worstPage() {
        return shares.stream().mapToDouble(Double::doubleValue).min().orElse(1.0);
    }

    String describe() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "pages %d / %d; words on the same page %.1f %% (", pages, otherPages, 100 * share()));
        for (int i = 0; i < shares.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "p%d %.1f", i + 1, 100 * shares.get(i)));
        }
        return sb.append(String.format(Locale.ROOT, "); lines alike %d / %d", linesAlike, lines)).toString();
    }
}
