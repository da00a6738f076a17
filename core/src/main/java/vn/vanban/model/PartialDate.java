package vn.vanban.model;

import java.time.DateTimeException;
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

    public PartialDate {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year must have four digits: " + year);
        }
        if (month == null && day != null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && day != null) {
            LocalDate.of(year, month, day); // throws DateTimeException for 2024-02-30
        } else if (month != null && (month < 1 || month > 12)) {
            throw new DateTimeException("Invalid value for MonthOfYear: " + month);
        }
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
        if (m != null && (m < 1 || m > 12)) {
            throw new IllegalArgumentException("a date that exists: there is no month " + m + " (" + s
                    + "); months run from 1 to 12");
        }
        if (d != null && d < 1) {
            throw new IllegalArgumentException("a date that exists: there is no day " + d + " (" + s + ")");
        }
        try {
            return new PartialDate(y, m, d);
        } catch (DateTimeException e) {
            java.time.YearMonth month = java.time.YearMonth.of(y, m);
            throw new IllegalArgumentException("a date that exists: " + month.getMonth().getDisplayName(
                    java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + y + " has "
                    + month.lengthOfMonth() + " days (" + s + ")");
        }
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
