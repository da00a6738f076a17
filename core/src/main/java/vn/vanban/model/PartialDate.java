package vn.vanban.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Ngày tháng năm — a date whose day, or day and month, may still be blank, as in a draft
 * ("ngày    tháng    năm 2024") or a citation of a document not yet numbered
 * ("ngày / /2024"). A month without a year, or a day without a month, is not allowed.
 *
 * @param year  the year, four digits
 * @param month 1–12, or {@code null} when blank
 * @param day   1–31, or {@code null} when blank
 */
public record PartialDate(int year, Integer month, Integer day) {

    /** The first and last years of four digits. */
    public static final int FIRST_YEAR = 1000;
    public static final int LAST_YEAR = 9999;

    /**
     * @throws IllegalArgumentException when no such date exists (a year not of four digits, a
     *                                  month 13, 29 February 2025, a day without a month), in
     *                                  words fit for a user
     */
    public PartialDate {
        String problem = problem(year, month, day,
                year + (month == null ? "" : "-" + month) + (day == null ? "" : "-" + day));
        if (problem != null) {
            throw new IllegalArgumentException("not a date: expected " + problem);
        }
    }

    /** What is wrong with the date, to follow "expected ", or null; {@code given} is the date as written. */
    private static String problem(int year, Integer month, Integer day, String given) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return "a year of four digits, " + FIRST_YEAR + " to " + LAST_YEAR + " (" + given + ")";
        }
        if (month == null) {
            return day == null ? null : "a month with the day: a day without a month (day " + day + " of " + year + ")";
        }
        if (month < 1 || month > 12) {
            return "a date that exists: there is no month " + month + " (" + given + "); months run from 1 to 12";
        }
        if (day != null && day < 1) {
            return "a date that exists: there is no day " + day + " (" + given + ")";
        }
        java.time.YearMonth ym = java.time.YearMonth.of(year, month);
        if (day != null && day > ym.lengthOfMonth()) {
            return "a date that exists: " + ym.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                    java.util.Locale.ENGLISH) + " " + year + " has " + ym.lengthOfMonth() + " days (" + given + ")";
        }
        return null;
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, null, null);
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException with a message fit for a user when the text is no such
     *                                  date or names an impossible one: what is expected, to follow
     *                                  "expected " ("a date that exists: February 2024 has 29 days …")
     */
    public static PartialDate parse(String text) {
        String s = text.strip();
        if (!s.matches("\\d{4}(-\\d{1,2}(-\\d{1,2})?)?")) {
            throw new IllegalArgumentException("a date as YYYY-MM-DD, YYYY-MM or YYYY");
        }
        String[] p = s.split("-");
        int y = Integer.parseInt(p[0]);
        Integer m = p.length > 1 ? Integer.valueOf(p[1]) : null;
        Integer d = p.length > 2 ? Integer.valueOf(p[2]) : null;
        String problem = problem(y, m, d, s);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new PartialDate(y, m, d);
    }

    /** The full date, when day and month are both given. */
    public Optional<LocalDate> toLocalDate() {
        return month != null && day != null ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
    }

    public boolean isComplete() {
        return day != null;
    }

    /** This date moved to another year, keeping what was blank blank (29 February becomes 28). */
    public PartialDate withYear(int newYear) {
        Integer d = day;
        if (d != null && month == 2 && d == 29 && !java.time.Year.isLeap(newYear)) {
            d = 28;
        }
        return new PartialDate(newYear, month, d);
    }

    /** The ISO form it was read from: {@code 2024}, {@code 2024-02} or {@code 2024-02-07}. */
    @Override
    public String toString() {
        return year + (month == null ? "" : (month < 10 ? "-0" : "-") + month)
                + (day == null ? "" : (day < 10 ? "-0" : "-") + day);
    }
}
