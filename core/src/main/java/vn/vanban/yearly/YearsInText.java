package vn.vanban.yearly;

import vn.vanban.text.IssuingWords;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a year stands in a text as a year of its own — the plan's year, to move — and where it
 * belongs to something else and is kept, with the reason a person reads in the review:
 * <ul>
 * <li>a citation of another document by number ("Kế hoạch số 45/KH-UBND …", "Số 12/…", a bare
 * "15/2024/QĐ-UBND") or by date ("ngày 20/02/2025", "ngày 07 tháng 02 năm 2024"), from there to
 * the ";" or the end of sentence that ends it: "… ngày 20/02/2025 của UBND huyện về phòng, chống
 * thiên tai năm 2025;" — that document's subject is about 2025 and always will be;</li>
 * <li>years named together, a span or a list ("năm 2024 và năm 2025", "2024-2025", "giai đoạn
 * 2021 – 2025", "năm 2024, 2025", "từ năm 2024 đến năm 2025"): they move together or not at all,
 * and not at all is the only answer that needs no guess. Next year's copy moves the plan's own
 * year, never another; and what a span becomes depends on what it names (last two years' laws
 * become "năm 2025 và năm 2026", a five-year period "2021 – 2025" becomes "2026 – 2030", not
 * "2022 – 2026"), so the clerk writes it;</li>
 * <li>a law's name with what the parenthesis after it says of the law ("Luật Đất đai năm 2024
 * (sửa đổi năm 2025)"), an amendment in parentheses without the law's year ("Luật Đất đai (sửa
 * đổi năm 2025)"), a full date, a number and symbol;</li>
 * <li>the plan's own period from one day to another ("từ ngày 01/4/2025 đến ngày 30/6/2025"):
 * its two dates stay together, as a full date of the plan's year stays (its day may be a
 * deadline or another's): the clerk writes next year's days;</li>
 * <li>a text that names the plan's year and the next ("Tổng kết năm 2025 và triển khai năm
 * 2026"): moving the first would name one year twice, so both stay, flagged;</li>
 * <li>a number that only equals the year: an amount, a quantity, a phone number ("2025 tờ rơi",
 * "0235 2025 123", a cell "2025" of a column of figures). A year is written as one: after "năm"
 * ("năm 2025", "Năm 2025", "6 tháng đầu năm 2025") or as the year of a period
 * ("Quý II/2025", "tháng 3/2025", "Từ 01/2025 đến 12/2025"); any other number is kept and
 * flagged.</li>
 * </ul>
 * A citation ends at its ";" or end of sentence, or at ", " before the issuer's own issuing words
 * ({@link IssuingWords}): "… năm 2025, Ủy ban nhân dân xã ban hành Kế hoạch năm 2025 như sau:"
 * moves the second year, the plan's.
 * The one owner of these rules: {@link NextYear} reads every text of the plan with them, and
 * {@link SourceRewrite} repeats NextYear's changes without judging again.
 */
final class YearsInText {

    private YearsInText() {
    }

    private static final String SPACE = "[\\s\\u00A0]";

    /**
     * Where a citation starts: "số N/…" (a blank number too, "số /QĐ-UBND", as a draft cites one),
     * a number and symbol standing alone ("15/2024/QĐ-UBND", "45/KH-UBND"), or a full date after
     * "ngày", in figures or in words, blanks allowed ("ngày / /2024", "ngày   tháng   năm 2024").
     */
    private static final Pattern CITATION = Pattern.compile(
            "(?<!\\p{L})số" + SPACE + "*\\d*" + SPACE + "*/" + SPACE + "*[\\p{L}\\d]"
                    // Upper case as a symbol is written: "24/24 giờ" or "1/2 số" is none.
                    + "|(?-i:(?<![\\p{L}\\d/])\\d+/(?:\\d{4}/)?\\p{Lu}\\p{L}*-\\p{Lu})"
                    + "|(?<!\\p{L})ngày" + SPACE + "*\\d{0,2}" + SPACE + "*[/.\\-]" + SPACE + "*\\d{0,2}" + SPACE
                    + "*[/.\\-]" + SPACE + "*\\d{4}(?!\\d)"
                    + "|(?<!\\p{L})ngày" + SPACE + "*\\d{0,2}" + SPACE + "+tháng" + SPACE + "*\\d{0,2}" + SPACE
                    + "+năm" + SPACE + "*\\d{4}(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Where a citation ends: a ";" or the end of a sentence. A "." ends a sentence only before a
     * space, a closing mark or the text's end, so a date "8.6.2024" does not; "./." does.
     */
    private static final Pattern CITATION_END = Pattern.compile("[;!?]|[.…](?=[\\s\\u00A0\"'”’)\\]/]|$)");

    /** A year in a span: four digits of their own, not the end of a date nor the start of an ISO date. */
    private static final String SPAN_YEAR = "\\d{4}(?!\\d)(?![/.\\-]\\d{1,2}(?!\\d))";

    /** Years named together: "năm 2024 và năm 2025", "2024-2025", "2021 – 2025", "năm 2024, 2025". */
    private static final Pattern SPAN = Pattern.compile(
            "(?:năm" + SPACE + "+)?(?<![\\d/.\\-])" + SPAN_YEAR
                    + "(?:(?:" + SPACE + "*[-–—‑/,]" + SPACE + "*(?:(?:và|hoặc)" + SPACE + "+)?"
                    + "|" + SPACE + "+(?:và|hoặc|đến|tới)" + SPACE + "+)"
                    + "(?:năm" + SPACE + "+)?" + SPAN_YEAR + ")+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A law named with its year ("Luật Đất đai năm 2024", "Bộ luật Lao động năm 2019", "Luật Phổ
     * biến, giáo dục pháp luật năm 2012"): the year is the law's, not the plan's. From the name's
     * first word to the nearest "năm YYYY" in the same sentence.
     */
    private static final Pattern LAW = Pattern.compile(
            "(?<!\\p{L})(?:Bộ luật|Luật|Pháp lệnh|Hiến pháp)\\s[^;.:()\\n]{0,100}?"
                    // "… Luật Đất đai trong năm 2024": the time of an action, not a law's name.
                    + "(?<!\\btrong\\s)\\bnăm\\s{1,3}(\\d{4})(?!\\d)"
                    // "(sửa đổi năm 2025)", "(sửa đổi, bổ sung năm 2025)": the law's amendment.
                    + "(\\s?\\([^()\\n]{0,80}\\))?");

    /**
     * An amendment in parentheses, with or without the law's own year before it ("Luật Đất đai
     * (sửa đổi năm 2025)", "(sửa đổi, bổ sung năm 2025)"): the year the law was amended, never the
     * plan's.
     */
    private static final Pattern AMENDMENT = Pattern.compile(
            "\\([^()\\n]{0,40}?(?<!\\p{L})(?:sửa đổi|bổ sung)(?!\\p{L})[^()\\n]{0,60}\\)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A full date of another document in figures: "08/6/2024", "8.6.2024", "2024-02-07". */
    private static final Pattern DATE = Pattern.compile(
            "(?<!\\d)\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{4}(?!\\d)|(?<!\\d)\\d{4}-\\d{1,2}-\\d{1,2}(?!\\d)");

    /** A date in words: "ngày 07 tháng 02 năm 2024". */
    private static final Pattern DATE_IN_WORDS = Pattern.compile(
            "ngày\\s{1,3}\\d{1,2}\\s{1,3}tháng\\s{1,3}\\d{1,2}\\s{1,3}năm\\s{1,3}\\d{4}(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A full date in figures or in words, as a period from one day to another writes it. */
    private static final String DAY = "(?:\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{4}|\\d{1,2}" + SPACE + "{1,3}tháng" + SPACE
            + "{1,3}\\d{1,2}" + SPACE + "{1,3}năm" + SPACE + "{1,3}\\d{4})(?!\\d)";

    /** The plan's own period: "từ ngày 01/4/2025 đến ngày 30/6/2025", "từ 01/4/2025 đến hết ngày 30/6/2025". */
    private static final Pattern PERIOD = Pattern.compile(
            "(?<!\\p{L})từ" + SPACE + "+(?:ngày" + SPACE + "+)?" + DAY + SPACE + "*(?:đến|tới|-|–)" + SPACE
                    + "*(?:hết" + SPACE + "+)?(?:ngày" + SPACE + "+)?" + DAY,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * What stands before a year written as one: "năm" ("năm 2025", "Năm\u00A02025") or a month or
     * quarter of a period ("tháng 3/2025", "Quý II/2025", "Từ 01/2025"), not a date's ("30/6/2025").
     */
    private static final Pattern WRITTEN_AS_YEAR = Pattern.compile(
            "(?:(?<!\\p{L})năm" + SPACE + "{1,3}|(?<![\\p{L}\\d/.\\-])(?:\\d{1,2}|[IVX]{1,4})/)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A text read for next year's copy.
     *
     * @param text           the text with the plan's year moved where it is the plan's
     * @param kept           why the plan's year stays where it does, each reason once, in order
     * @param openCitation   whether the text ends inside a citation not yet ended by ";" or ".":
     *                       the next piece of the same sentence is still part of it
     */
    record Reading(String text, List<String> kept, boolean openCitation) {
        Reading {
            kept = List.copyOf(kept);
        }
    }

    /** Replaces the year {@code from} by {@code to} where it stands as the plan's year. */
    static String replaceYear(String text, int from, int to) {
        return text == null ? null : read(text, from, to, false).text();
    }

    /**
     * Reads {@code text}: moves the year {@code from} to {@code to} where it is the plan's, and
     * says why it stays elsewhere.
     *
     * @param inCitation whether the text continues a citation (it follows a cited document in the
     *                   same sentence), up to its first ";" or end of sentence
     */
    static Reading read(String text, int from, int to, boolean inCitation) {
        List<Region> regions = new ArrayList<>();
        List<Region> periods = periods(text);
        boolean open = citations(text, inCitation, periods, regions);
        regions.addAll(periods);
        spans(text, regions);
        laws(text, from, regions);
        String next = next(text, from, to, regions);
        Set<String> kept = new LinkedHashSet<>();
        StringBuilder sb = new StringBuilder(text.length());
        Matcher m = Pattern.compile("(?<!\\d)" + from + "(?!\\d)").matcher(text);
        int last = 0;
        while (m.find()) {
            sb.append(text, last, m.start());
            String why = whyKept(text, m.start(), m.end(), regions);
            if (why == null && next != null) {
                why = "as the text names the plan's year and the next, \"" + next + "\" (write next year's by hand)";
            }
            if (why == null) {
                sb.append(to);
            } else {
                sb.append(m.group());
                kept.add(why);
            }
            last = m.end();
        }
        sb.append(text, last, text.length());
        return new Reading(sb.toString(), new ArrayList<>(kept), open);
    }

    /** Whether {@code text} names {@code year} as a year of its own (not in a symbol or another document's date). */
    static boolean namesYear(String text, int year) {
        return text != null && yearPattern(year).matcher(text).find();
    }

    /** Whether {@code text} names {@code year} as a plan's year would be: not only in a law's name. */
    static boolean namesPlanYear(String text, int year) {
        if (text == null) {
            return false;
        }
        List<Region> laws = new ArrayList<>();
        laws(text, year, laws);
        return yearPattern(year).matcher(text).results()
                .anyMatch(m -> laws.stream().noneMatch(r -> r.holds(m.start(), m.end())));
    }

    /**
     * A part of a text whose years are kept, and the review's words for why; a citation begun by
     * its date has the date from {@code start} to {@code dateEnd}, whose year is said to be a date's.
     */
    private record Region(int start, int end, String why, int dateEnd) {
        Region(int start, int end, String why) {
            this(start, end, why, start);
        }

        boolean holds(int s, int e) {
            return start <= s && e <= end;
        }
    }

    /** The citations' regions; whether the last one is still open at the text's end. */
    private static boolean citations(String text, boolean inCitation, List<Region> periods, List<Region> out) {
        int from = 0;
        boolean open = false;
        Matcher start = CITATION.matcher(text);
        boolean continued = inCitation;
        while (continued || start.find(from)) {
            Region period = continued ? null : periods.stream().filter(p -> p.holds(start.start(), start.start()))
                    .findFirst().orElse(null);
            if (period != null) {
                // "từ ngày 01/4/2025 đến ngày 30/6/2025" is the plan's own time, cited from nowhere.
                from = period.end();
                continue;
            }
            int s = continued ? 0 : start.start();
            int e = citationEnd(text, continued ? 0 : start.end());
            open = e == text.length();
            String phrase = text.substring(s, e).strip();
            // "trước ngày 30 tháng 11 năm 2025" may be a deadline rather than a citation: the
            // date's own year is said to be a date's, those after it the citation's.
            int dateEnd = !continued && start.group().regionMatches(true, 0, "ngày", 0, 4) ? start.end() : s;
            out.add(new Region(s, e, continued
                    ? "in the rest of a citation begun before it, \"" + phrase + "\", whose years are the cited document's"
                    : "in the citation \"" + phrase + "\", whose years are the cited document's", dateEnd));
            continued = false;
            if (open) {
                break;
            }
            from = e;
        }
        return open;
    }

    /**
     * Where a citation from {@code from} ends: its ";" or end of sentence, or the ", " before the
     * issuer's own issuing words ("…, Ủy ban nhân dân xã ban hành Kế hoạch năm 2025 như sau:").
     */
    private static int citationEnd(String text, int from) {
        Matcher end = CITATION_END.matcher(text);
        int e = end.find(from) ? end.start() : text.length();
        for (int comma = text.indexOf(", ", from); comma >= 0 && comma < e; comma = text.indexOf(", ", comma + 1)) {
            if (IssuingWords.open(text.substring(comma + 2, e))) {
                return comma;
            }
        }
        return e;
    }

    private static List<Region> periods(String text) {
        List<Region> out = new ArrayList<>();
        Matcher m = PERIOD.matcher(text);
        while (m.find()) {
            out.add(new Region(m.start(), m.end(), "in \"" + m.group() + "\", the plan's own period, whose dates "
                    + "move together or not at all (write next year's by hand)"));
        }
        return out;
    }

    /**
     * A year after the plan's, up to the new one, that the text writes as a year outside the
     * regions kept ("triển khai năm 2026"), as its words say it; or null.
     */
    private static String next(String text, int from, int to, List<Region> regions) {
        Matcher m = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)").matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group());
            int s = m.start();
            if (year > from && year <= to && regions.stream().noneMatch(r -> r.holds(s, m.end()))) {
                Matcher own = yearPattern(year).matcher(text);
                Matcher written = writtenAsYear(text, s);
                if (own.find(s) && own.start() == s && written.find()) {
                    return text.substring(written.start(), m.end());
                }
            }
        }
        return null;
    }

    /** What stands before the year at {@code start} when it is written as one, found by {@code find()}. */
    private static Matcher writtenAsYear(String text, int start) {
        return WRITTEN_AS_YEAR.matcher(text).region(Math.max(0, start - 12), start).useTransparentBounds(true);
    }

    private static void spans(String text, List<Region> out) {
        Matcher m = SPAN.matcher(text);
        while (m.find()) {
            out.add(new Region(m.start(), m.end(), "in \"" + m.group() + "\", years named together, which move "
                    + "together or not at all (write next year's by hand)"));
        }
    }

    private static void laws(String text, int year, List<Region> out) {
        Matcher m = LAW.matcher(text);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == year
                    || m.group(2) != null && yearPattern(year).matcher(m.group(2)).find()) {
                out.add(new Region(m.start(), m.end(), "in the law's name \"" + m.group() + "\""));
            }
        }
        Matcher a = AMENDMENT.matcher(text);
        while (a.find()) {
            out.add(new Region(a.start(), a.end(), "in \"" + a.group() + "\", the year a law was amended"));
        }
    }

    /** Why the year at {@code start}–{@code end} is kept, or null when it is the plan's and moves. */
    private static String whyKept(String text, int start, int end, List<Region> regions) {
        // Citations first, then periods, spans, laws: the widest reason is the one a person must read.
        for (Region r : regions) {
            if (r.holds(start, end)) {
                return end <= r.dateEnd() ? date(text.substring(r.start(), r.dateEnd())) : r.why();
            }
        }
        for (Pattern date : List.of(DATE, DATE_IN_WORDS)) {
            Matcher d = date.matcher(text);
            while (d.find()) {
                if (d.start() <= start && end <= d.end()) {
                    return date(d.group());
                }
            }
        }
        Matcher own = yearPattern(Integer.parseInt(text.substring(start, end))).matcher(text);
        if (!own.find(start) || own.start() != start) {
            return "in the number \"" + token(text, start, end) + "\"";
        }
        if (!writtenAsYear(text, start).find()) {
            // "2025 tờ rơi", "0235 2025 123", an amount "2025": the year's digits, not a year.
            return "in \"" + words(text, start, end) + "\", a number equal to the year, not written as one "
                    + "(\"năm 2025\", \"Quý I/2025\"): check it";
        }
        return null;
    }

    /** The year with the word before it and the word after it, without the punctuation ending them. */
    private static String words(String text, int start, int end) {
        int s = start;
        while (s > 0 && Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        int e = end;
        while (e < text.length() && Character.isWhitespace(text.charAt(e))) {
            e++;
        }
        while (e < text.length() && !Character.isWhitespace(text.charAt(e))) {
            e++;
        }
        String w = text.substring(s, e).strip();
        while (w.length() > end - start && ",;:.)".indexOf(w.charAt(w.length() - 1)) >= 0) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String date(String date) {
        return "in the date \"" + date + "\", another document's or a deadline (a deadline of the plan's year "
                + "is moved by hand)";
    }

    /** The run of characters without space around a year, without the punctuation that ends it. */
    private static String token(String text, int start, int end) {
        int s = start;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1)) && text.charAt(s - 1) != '(') {
            s--;
        }
        int e = end;
        while (e < text.length() && !Character.isWhitespace(text.charAt(e))) {
            e++;
        }
        while (e > end && ",;:.)".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return text.substring(s, e);
    }

    private static Pattern yearPattern(int year) {
        String y = Integer.toString(year);
        return Pattern.compile(
                // No digit before: not the end of a longer number ("12024").
                "(?<!\\d)"
                        // Not the year of a full day/month/year date: "08/6/2024", "8.6.2024", "8-6-2024".
                        + "(?<!\\d{1,2}[/.\\-]\\d{1,2}[/.\\-])"
                        // Not the year of a date in words: "ngày 07 tháng 02 năm 2024".
                        + "(?<!ngày\\s{1,3}\\d{1,2}\\s{1,3}tháng\\s{1,3}\\d{1,2}\\s{1,3}năm\\s{1,3})"
                        + y
                        // No digit after; not followed by "/…" (a symbol: "15/2024/QĐ-UBND") nor by
                        // "-07" or ".07" (an ISO date, a longer number).
                        + "(?!\\d)(?![/\\-.][\\p{L}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
