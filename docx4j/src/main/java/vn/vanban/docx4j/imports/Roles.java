package vn.vanban.docx4j.imports;

import vn.vanban.model.DocumentType;
import vn.vanban.text.VietnameseCase;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Gives each paragraph of a document typed without vanban's styles the role its words, place and
 * form show, as a reader finds the parts of a text laid out after the decree: the header's boxes
 * (in a table, in text boxes or on lines split by tabs) until the type name; the summary in bold
 * under it; "Căn cứ …" lines; the body, its headings known by their labels and bold; "Nơi nhận:"
 * and the lines under it; the signature's titles in capitals and the signer's name; each "Phụ
 * lục" with its title, reference line and table. Paragraphs carrying vanban's styles keep theirs.
 */
final class Roles {

    private static final Pattern NUMBER = Pattern.compile("Số\\s*:?.*/.*");
    private static final Pattern PLACE_DATE = Pattern.compile(".+,\\s*ngày.*tháng.*năm\\s*\\d{4}.*");
    private static final Pattern SECTION = Pattern.compile("[IVXLCDM]+\\.\\s.*");
    private static final Pattern CLAUSE = Pattern.compile("\\d+(\\.\\d+)*\\.\\s.*");
    private static final Pattern ARTICLE = Pattern.compile("Điều\\s+\\d+\\..*");
    private static final Pattern PART = Pattern.compile("(?iu)phần\\s+(thứ\\s+\\p{L}+|[IVXLCDM]+)\\b.*");
    private static final Pattern CHAPTER = Pattern.compile("(?iu)chương\\s+([IVXLCDM]+|\\d+)\\b.*");
    private static final Pattern CHAPTER_SECTION = Pattern.compile("(?iu)mục\\s+\\d+\\b.*");
    private static final Pattern APPENDIX = Pattern.compile("(?iu)phụ lục(\\s+[IVXLCDM\\d]+)?\\s*");
    /** The closing's opening words, as the decree's templates and agencies write them. */
    private static final Pattern CLOSING_WORDS = Pattern.compile("(?iu)trên đây là\\s.*");
    private static final Pattern LABELLED = Pattern.compile("([IVXLCDM]+\\.|\\d+(\\.\\d+)*\\.|[a-zđ]{1,2}\\)|[-–—•+])\\s.*");

    private enum Phase { HEADER, SUMMARY, BODY, CLOSING, APPENDIX_HEAD, APPENDIX }

    private Roles() {
    }

    static List<Para> guess(List<Para> in) {
        List<Para> paras = in.stream().filter(p -> Para.kept(p)).toList();
        if (paras.stream().anyMatch(p -> p.role() != null)) {
            return paras; // vanban's styles: each paragraph says what it is
        }
        List<Para> out = new ArrayList<>();
        Phase phase = Phase.HEADER;
        String pending = null;
        Integer closingTable = null;
        for (Para whole : paras) {
            // The header's boxes side by side (tabs) or one under another in a paragraph (Shift+Enter).
            List<Para> pieces = phase == Phase.HEADER
                    ? whole.split("\t").stream().flatMap(p -> p.split("\n").stream()).toList()
                    : phase == Phase.BODY ? lines(whole) : List.of(whole);
            for (Para p : pieces) {
                String t = p.plain();
                String upper = VietnameseCase.upper(t);
                if (phase != Phase.HEADER && phase != Phase.APPENDIX_HEAD && APPENDIX.matcher(t).matches()) {
                    phase = Phase.APPENDIX_HEAD;
                    out.add(p.as("appendix-label"));
                    continue;
                }
                switch (phase) {
                    case HEADER -> {
                        if (isType(t)) {
                            out.add(p.as("type-name"));
                            phase = Phase.SUMMARY;
                        } else if (upper.startsWith("CỘNG HÒA XÃ HỘI") || upper.startsWith("CỘNG HOÀ XÃ HỘI")) {
                            out.add(p.as("national-title"));
                        } else if (upper.replaceAll("[\\s\\-–—]+", " ").startsWith("ĐỘC LẬP TỰ DO")) {
                            out.add(p.as("motto"));
                        } else if (NUMBER.matcher(t).matches()) {
                            out.add(p.as("number"));
                        } else if (PLACE_DATE.matcher(t).matches()) {
                            out.add(p.as("place-date"));
                        } else if (t.equals(upper)) {
                            out.add(p.as(p.bold() ? "agency" : "parent-agency"));
                        } else {
                            out.add(p);
                        }
                    }
                    case SUMMARY -> {
                        // Bold under the type name, as the decree sets it; or the line right under it when it is
                        // centred or says "Về việc …", which is the summary whatever its weight.
                        boolean right = p.bold() || (p.align() == Para.Align.CENTER || t.startsWith("Về việc"))
                                && "type-name".equals(out.get(out.size() - 1).role());
                        if (right && !t.startsWith("Căn cứ") && !LABELLED.matcher(t).matches()) {
                            out.add(p.as("summary"));
                        } else {
                            phase = Phase.BODY;
                            out.add(body(p, t, out));
                        }
                    }
                    case BODY -> {
                        if (t.startsWith("Nơi nhận")) {
                            markClosing(out);
                            phase = Phase.CLOSING;
                            closingTable = p.cell() == null ? null : p.cell().table();
                            out.add(p.as("recipients-label"));
                        } else {
                            out.add(body(p, t, out));
                        }
                    }
                    case CLOSING -> out.add(closing(p, t, closingTable, out));
                    case APPENDIX_HEAD -> {
                        if (p.cell() != null) {
                            phase = Phase.APPENDIX;
                            out.add(p);
                        } else if (t.startsWith("(") && t.toLowerCase(VietnameseCase.VIETNAMESE).contains("kèm theo")) {
                            out.add(p.as("appendix-reference"));
                        } else {
                            out.add(p.as("appendix-title"));
                        }
                    }
                    case APPENDIX -> out.add(p);
                    default -> out.add(p);
                }
            }
        }
        return pairTitles(out);
    }

    /**
     * A body paragraph cut at its manual line breaks (Shift+Enter) where the line after one opens
     * a part of its own ("- A.⏎- B.": two dashes); a line that goes on with the words before it
     * ("b) Đối với trường học:⏎kiểm tra, …") stays in its paragraph, the break a space, so that
     * it is not read as a node of its own outside the point. A bold line (a heading's words)
     * before a line that is not is a heading and its text, parted too.
     */
    private static List<Para> lines(Para whole) {
        List<Para> out = new ArrayList<>();
        for (Para line : whole.split("\n")) {
            Para last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last == null || opensOwnPart(line.plain()) || last.bold() && !line.bold()) {
                out.add(line);
            } else {
                out.set(out.size() - 1, last.joined(line));
            }
        }
        return out;
    }

    /** Whether a line's words open a node, a citation, the closing or another part of the text. */
    private static boolean opensOwnPart(String t) {
        return LABELLED.matcher(t).matches() || ARTICLE.matcher(t).matches() || PART.matcher(t).matches()
                || CHAPTER.matcher(t).matches() || CHAPTER_SECTION.matcher(t).matches() || t.startsWith("Căn cứ")
                || CitationReader.isProposal(t.replaceAll("[;.]$", "")) || t.startsWith("Nơi nhận")
                || CLOSING_WORDS.matcher(t).matches() || APPENDIX.matcher(t).matches();
    }

    /** Agency lines: the parent's not bold above the issuer's bold; all of one weight are the issuer's. */
    private static List<Para> pairTitles(List<Para> in) {
        List<Para> out = new ArrayList<>(in);
        boolean anyAgency = out.stream().anyMatch(p -> "agency".equals(p.role()));
        for (int i = 0; i < out.size(); i++) {
            Para p = out.get(i);
            if (!anyAgency && "parent-agency".equals(p.role())) {
                out.set(i, p.as("agency"));
            }
            // A heading's title on the line after its label ("PHẦN I" / "NHỮNG QUY ĐỊNH CHUNG").
            if (p.role() != null && p.role().endsWith("-label") && !p.role().startsWith("appendix")
                    && !p.role().startsWith("recipients") && i + 1 < out.size()
                    && "body".equals(out.get(i + 1).role()) && !LABELLED.matcher(out.get(i + 1).plain()).matches()
                    && labelOnly(p.plain())) {
                out.set(i + 1, out.get(i + 1).as(p.role().replace("-label", "-title")));
            }
        }
        // Several agency lines in a row are one agency's name broken into lines.
        List<Para> merged = new ArrayList<>();
        for (Para p : out) {
            Para last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && p.role() != null && p.role().equals(last.role())
                    && (p.role().equals("agency") || p.role().equals("parent-agency"))) {
                List<Para.Piece> both = new ArrayList<>(last.pieces());
                both.add(new Para.Run("\n", false, false));
                both.addAll(p.pieces());
                merged.set(merged.size() - 1, new Para(last.number(), last.role(), both, last.align(), last.cell(),
                        last.boxed(), last.landscape()));
            } else {
                merged.add(p);
            }
        }
        return merged;
    }

    /**
     * The body's last paragraph as the text's closing ("Trên đây là Kế hoạch …./."), which
     * vanban's own DOCX marks by its style: one typed without it would stay in the last section,
     * or in its last clause, as words of the body.
     */
    private static void markClosing(List<Para> out) {
        int last = out.size() - 1;
        if (last >= 0 && "body".equals(out.get(last).role()) && CLOSING_WORDS.matcher(out.get(last).plain()).matches()) {
            out.set(last, out.get(last).as("closing"));
        }
    }

    private static boolean labelOnly(String t) {
        return t.matches("(?iu)(phần|chương|mục)\\s+\\S+(\\s+\\S+){0,3}\\.?") && !t.contains(":");
    }

    private static Para body(Para p, String t, List<Para> before) {
        if (PART.matcher(t).matches() && (p.bold() || t.equals(VietnameseCase.upper(t)))) {
            return p.as("part-label");
        }
        if (CHAPTER.matcher(t).matches() && (p.bold() || t.equals(VietnameseCase.upper(t)))) {
            return p.as("chapter-label");
        }
        if (CHAPTER_SECTION.matcher(t).matches() && p.bold() && labelOnly(t)) {
            return p.as("chapter-section-label");
        }
        if (SECTION.matcher(t).matches()) {
            return p.as("section-heading");
        }
        if (ARTICLE.matcher(t).matches() && p.bold()) {
            return p.as("article-heading");
        }
        if (CLAUSE.matcher(t).matches() && p.bold()) {
            return p.as("clause-heading");
        }
        boolean inBasis = before.isEmpty() || "basis".equals(before.get(before.size() - 1).role())
                || "summary".equals(before.get(before.size() - 1).role());
        if (inBasis && (t.startsWith("Căn cứ") || CitationReader.isProposal(t.replaceAll("[;.]$", "")))) {
            return p.as("basis");
        }
        return p.as("body");
    }

    private static Para closing(Para p, String t, Integer table, List<Para> before) {
        boolean sameCell = table != null && p.cell() != null && p.cell().table() == table;
        boolean left = table == null ? !t.equals(VietnameseCase.upper(t)) && t.matches("[-–•+].*")
                : sameCell && p.cell().column() == 0;
        if (left) {
            return p.as(t.matches("[-–•+].*") ? "recipient" : "drafter-code");
        }
        if (t.startsWith("(") && t.endsWith(")")) {
            return p.as("signature-extra"); // "(Đã ký)", "(Chữ ký, dấu)": no part of the model holds it
        }
        if (t.equals(VietnameseCase.upper(t))) {
            boolean first = before.stream().noneMatch(b -> "signature-title".equals(b.role()));
            return p.as(first ? "signature-title" : "signature-title-next");
        }
        return p.as("signature-name");
    }

    private static boolean isType(String t) {
        String u = VietnameseCase.upper(Para.fold(t));
        for (DocumentType d : DocumentType.values()) {
            if (VietnameseCase.upper(d.vietnameseName()).equals(u)) {
                return true;
            }
        }
        return false;
    }
}
