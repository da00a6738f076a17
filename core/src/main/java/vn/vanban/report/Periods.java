package vn.vanban.report;

import vn.vanban.text.Figures;
import vn.vanban.text.VietnameseCase;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads times as catalogues and progress files write them. A catalogue's planned time
 * ({@link #plannedTime}): "Quý II/2024", "Tháng 3/2024", "Năm 2024", "6 tháng đầu năm",
 * "Hằng quý, 06 tháng và năm", "Trước ngày 30/6/2024", and ranges and lists of these ("Tháng
 * 3 - 6/2024", "Từ quý II đến quý III/2024", "Quý II và quý IV"). A report's period
 * ({@link #reportPeriod}): "Quý I/2024", "6 tháng đầu năm 2024", "9 tháng đầu năm 2024", "Năm
 * 2024". Case, "hàng"/"hằng", "quí"/"quý", dashes and spaces are read loosely; a part without a
 * year takes the year of the part after it, else the plan's. What is not in these forms is not
 * guessed at: the caller is told it could not be read. Pure functions, thread-safe.
 */
public final class Periods {

    private static final String ROMAN = "iv|i{1,3}";
    private static final String YEAR = "(?:\\s*/\\s*|\\s+năm\\s+|\\s+)(\\d{4})";

    private static final Pattern WHOLE_YEAR = Pattern.compile("(?:(?:cả|trong) )?năm(?:" + YEAR + ")?|(\\d{4})");
    /** Done all the time: the whole year, and never late. */
    private static final Pattern ONGOING = Pattern.compile("(?:thường xuyên|liên tục|quanh năm)(?:" + YEAR + ")?");
    private static final Pattern QUARTER = Pattern.compile("quý (" + ROMAN + "|[1-4])(?:" + YEAR + ")?");
    private static final Pattern MONTH = Pattern.compile("tháng (\\d{1,2})(?:" + YEAR + ")?|(\\d{1,2})\\s*/\\s*(\\d{4})");
    private static final Pattern DAY = Pattern.compile("(?:ngày )?(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}))?"
            + "|ngày (\\d{1,2}) tháng (\\d{1,2})(?: năm (\\d{4}))?");
    private static final Pattern FIRST_MONTHS = Pattern.compile("0?([369]) tháng(?: đầu(?: năm)?)?(?:" + YEAR + ")?");
    private static final Pattern LAST_MONTHS = Pattern.compile("0?([36]) tháng cuối(?: năm)?(?:" + YEAR + ")?");
    private static final Pattern EVERY = Pattern.compile("hằng (tuần|tháng|quý|năm)(?:" + YEAR + ")?");
    /** A number or numeral alone, in a list or range after one that names its unit ("quý II, III/2024"). */
    private static final Pattern BARE = Pattern.compile("(" + ROMAN + "|\\d{1,2})(?:" + YEAR + ")?");
    private static final Pattern BEFORE = Pattern.compile("(trước|chậm nhất|hạn chót|hoàn thành trước) (.+)");
    private static final Pattern RANGE = Pattern.compile("(?:từ )?(.+?)(?: đến (?:hết )?|\\s*-\\s*)(.+)");
    private static final Pattern LIST = Pattern.compile("\\s*(?:,|;| và )\\s*");
    /** Words that open a time and change nothing: "dự kiến tháng 6", "trong tháng 6", "định kỳ hằng quý". */
    private static final Pattern OPENING = Pattern.compile("^(?:(?:dự kiến|trong|vào|định kỳ) )+");
    private static final Pattern YEAR_PERIOD = Pattern.compile("(?:cả )?năm" + YEAR);
    /** What a time may add after the plan's year ("Năm 2024 và các năm tiếp theo"): beyond the plan, so left out. */
    private static final Pattern LATER_YEARS = Pattern.compile(" và (?:các|những) năm (?:tiếp theo|sau)$");

    /**
     * A period's name in a time as written: a unit and its number, "Quý I/2025", "Tháng 9/2025",
     * "Năm 2025", "ngày 30/6/2025", case and spacing as the plan writes them.
     */
    private static final Pattern NAME = Pattern.compile("(?iu)(?<![\\p{L}\\d])(quý|quí|tháng|năm|ngày) "
            + "(\\d{1,2}(?:/\\d{1,2})?(?:/\\d{4})?|[ivx]+(?:/\\d{4})?|\\d{4})(?![\\p{L}\\d])");

    private Periods() {
    }

    /**
     * The time with each period's name kept on one line ("Quý I/2025" with a no-break space): a
     * narrow column of times otherwise ends a line after "Quý", leaving "I/2025" alone.
     */
    public static String keptWhole(String time) {
        return NAME.matcher(time).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + Figures.NO_BREAK_SPACE
                + m.group(2)));
    }

    /**
     * The span a catalogue's planned time means, in {@code planYear} unless it names another;
     * empty when the text is in none of the forms this reads.
     */
    public static Optional<PlannedTime> plannedTime(String text, int planYear) {
        String t = LATER_YEARS.matcher(normalise(text)).replaceFirst("");
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(time(t, planYear));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty(); // "30/2/2024", a range that ends before it starts
        }
    }

    /** A report's period ("6 tháng đầu năm 2024"); empty when the text names none. */
    public static Optional<ReportPeriod> reportPeriod(String text) {
        String t = normalise(text);
        Matcher m = QUARTER.matcher(t);
        if (m.matches() && m.group(2) != null) {
            ReportPeriod.Kind[] quarters = {ReportPeriod.Kind.Q1, ReportPeriod.Kind.Q2, ReportPeriod.Kind.Q3,
                ReportPeriod.Kind.Q4};
            return Optional.of(new ReportPeriod(quarters[number(m.group(1)) - 1], Integer.parseInt(m.group(2))));
        }
        m = FIRST_MONTHS.matcher(t);
        if (m.matches() && m.group(2) != null && !m.group(1).equals("3")) {
            return Optional.of(new ReportPeriod(m.group(1).equals("6") ? ReportPeriod.Kind.FIRST_HALF
                    : ReportPeriod.Kind.NINE_MONTHS, Integer.parseInt(m.group(2))));
        }
        m = YEAR_PERIOD.matcher(t);
        if (m.matches()) {
            return Optional.of(new ReportPeriod(ReportPeriod.Kind.YEAR, Integer.parseInt(m.group(1))));
        }
        return Optional.empty();
    }

    /** Lower case in Vietnamese, one spelling of each word, one kind of dash, single spaces, no end stop. */
    static String normalise(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(VietnameseCase.VIETNAMESE)
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u00A0', ' ')
                .replaceAll("\\s+", " ").strip();
        t = t.replaceAll("\\bhàng (?=(tuần|tháng|quý|năm)\\b)", "hằng ").replace("quí", "quý");
        while (!t.isEmpty() && ".;,".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).stripTrailing();
        }
        return t;
    }

    /** A whole time: a list, a range, or one part. */
    private static PlannedTime time(String t, int planYear) {
        String[] items = LIST.split(t);
        if (items.length > 1) {
            return list(items, planYear);
        }
        Matcher b = BEFORE.matcher(t);
        if (b.matches()) {
            return before(b.group(1), b.group(2), planYear);
        }
        Matcher r = RANGE.matcher(t);
        if (r.matches()) {
            Part from = part(r.group(1), null);
            Part to = from == null ? null : part(r.group(2), from.unit());
            if (from != null && to != null) {
                int toYear = to.year() != null ? to.year() : planYear;
                PlannedTime a = from.at(from.year() != null ? from.year() : toYear);
                PlannedTime z = to.at(toYear);
                return PlannedTime.between(a.start(), z.end());
            }
        }
        Part p = part(t, null);
        return p == null ? null : p.at(p.year() != null ? p.year() : planYear);
    }

    /** Several times, one task done at each: from the first start to the last end, due first at the earliest end. */
    private static PlannedTime list(String[] items, int planYear) {
        List<Part> parts = new ArrayList<>();
        Unit unit = null;
        for (String item : items) {
            Part p = part(item, unit);
            if (p == null) {
                return null;
            }
            parts.add(p);
            unit = p.unit();
        }
        // A year written once at the end holds for the parts before it: "Quý II, Quý IV/2024".
        Integer year = planYear;
        LocalDate start = null;
        LocalDate end = null;
        LocalDate first = null;
        for (int i = parts.size() - 1; i >= 0; i--) {
            Part p = parts.get(i);
            year = p.year() != null ? p.year() : year;
            PlannedTime one = p.at(year);
            start = start == null || one.start().isBefore(start) ? one.start() : start;
            end = end == null || one.end().isAfter(end) ? one.end() : end;
            first = first == null || one.firstDeadline().isBefore(first) ? one.firstDeadline() : first;
        }
        return new PlannedTime(start, end, first);
    }

    /** "Trước ngày 30/6/2024": due from the year's start to that day; "trước quý III": to the day before it. */
    private static PlannedTime before(String word, String rest, int planYear) {
        Part p = part(rest, null);
        if (p == null) {
            return null;
        }
        PlannedTime target = p.at(p.year() != null ? p.year() : planYear);
        LocalDate yearStart = LocalDate.of(target.end().getYear(), 1, 1);
        // "Trước ngày 30/6" is read as drafts mean it, by that day; "trước quý III", before the quarter.
        boolean through = p.unit() == Unit.DAY || !word.endsWith("trước");
        return PlannedTime.between(yearStart, through ? target.end() : target.start().minusDays(1));
    }

    /** The units a part may name; a bare number takes the unit of the part before it. */
    private enum Unit {
        YEAR, ONGOING, QUARTER, MONTH, DAY, FIRST_MONTHS, LAST_MONTHS, EVERY_WEEK, EVERY_MONTH, EVERY_QUARTER
    }

    /**
     * One time without lists or ranges.
     *
     * @param n    the quarter, month, day, or number of months
     * @param m    the month of a day
     * @param year the year it names, or {@code null}
     */
    private record Part(Unit unit, int n, int m, Integer year) {

        PlannedTime at(int y) {
            return switch (unit) {
                case YEAR -> PlannedTime.year(y);
                case ONGOING -> PlannedTime.ongoing(y);
                case QUARTER -> months(y, 3 * n - 2, 3 * n);
                case MONTH -> months(y, n, n);
                case DAY -> PlannedTime.between(LocalDate.of(y, m, n), LocalDate.of(y, m, n));
                case FIRST_MONTHS -> months(y, 1, n);
                case LAST_MONTHS -> months(y, 13 - n, 12);
                case EVERY_WEEK -> new PlannedTime(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), LocalDate.of(y, 1, 7));
                case EVERY_MONTH -> new PlannedTime(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), LocalDate.of(y, 1, 31));
                case EVERY_QUARTER -> new PlannedTime(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), LocalDate.of(y, 3, 31));
            };
        }

        private static PlannedTime months(int y, int first, int last) {
            return PlannedTime.between(LocalDate.of(y, first, 1), LocalDate.of(y, last, 1).plusMonths(1).minusDays(1));
        }
    }

    /** One part, or {@code null}; {@code previous} is the unit of the part before it in a list or range. */
    private static Part part(String text, Unit previous) {
        String t = OPENING.matcher(text).replaceFirst("");
        Matcher m = ONGOING.matcher(t);
        if (m.matches()) {
            return new Part(Unit.ONGOING, 0, 0, year(m.group(1)));
        }
        m = WHOLE_YEAR.matcher(t);
        if (m.matches()) {
            String y = m.group(1) != null ? m.group(1) : m.group(2);
            return new Part(Unit.YEAR, 0, 0, y == null ? null : Integer.valueOf(y));
        }
        m = QUARTER.matcher(t);
        if (m.matches()) {
            return new Part(Unit.QUARTER, number(m.group(1)), 0, year(m.group(2)));
        }
        m = MONTH.matcher(t);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
            return month < 1 || month > 12 ? null
                    : new Part(Unit.MONTH, month, 0, year(m.group(1) != null ? m.group(2) : m.group(4)));
        }
        m = DAY.matcher(t);
        if (m.matches()) {
            boolean slashes = m.group(1) != null;
            return new Part(Unit.DAY, Integer.parseInt(m.group(slashes ? 1 : 4)), Integer.parseInt(m.group(slashes ? 2 : 5)),
                    year(m.group(slashes ? 3 : 6)));
        }
        m = FIRST_MONTHS.matcher(t);
        if (m.matches()) {
            return new Part(Unit.FIRST_MONTHS, Integer.parseInt(m.group(1)), 0, year(m.group(2)));
        }
        m = LAST_MONTHS.matcher(t);
        if (m.matches()) {
            return new Part(Unit.LAST_MONTHS, Integer.parseInt(m.group(1)), 0, year(m.group(2)));
        }
        m = EVERY.matcher(t);
        if (m.matches()) {
            Unit u = switch (m.group(1)) {
                case "tuần" -> Unit.EVERY_WEEK;
                case "tháng" -> Unit.EVERY_MONTH;
                case "quý" -> Unit.EVERY_QUARTER;
                default -> Unit.YEAR;
            };
            return new Part(u, 0, 0, year(m.group(2)));
        }
        m = BARE.matcher(t);
        if (m.matches() && (previous == Unit.QUARTER || previous == Unit.MONTH)) {
            int n = number(m.group(1));
            boolean fits = previous == Unit.QUARTER ? n >= 1 && n <= 4 : n >= 1 && n <= 12;
            return fits ? new Part(previous, n, 0, year(m.group(2))) : null;
        }
        return null;
    }

    private static Integer year(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }

    /** A Roman numeral up to IV, or digits. */
    private static int number(String s) {
        return switch (s) {
            case "i" -> 1;
            case "ii" -> 2;
            case "iii" -> 3;
            case "iv" -> 4;
            default -> Integer.parseInt(s);
        };
    }
}
