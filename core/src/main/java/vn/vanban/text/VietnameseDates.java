package vn.vanban.text;

import vn.vanban.model.PartialDate;

/**
 * Date forms of Decree 30/2020/NĐ-CP (Part I.II.4): Arabic numerals, days 1–9 and months 1–2
 * with a leading zero, months 3–12 without ("ngày 07 tháng 02 năm 2024", "ngày 15 tháng 3 năm
 * 2024"). The same rule applies to the short form used in citations ("08/6/2010", "07/02/2024").
 * A blank day or month stays blank so that a clerk can write it in by hand.
 */
public final class VietnameseDates {

    /** What stands for a blank day or month in the long form: room to write it by hand. */
    static final String BLANK = "     ";
    /** A blank in running text: as wide as {@link #BLANK}, of no-break spaces. */
    public static final String BLANK_FILL = BLANK.replace(' ', '\u00A0');

    private VietnameseDates() {
    }

    /** A day of the month: "07", "15". */
    public static String day(int day) {
        return day < 10 ? "0" + day : Integer.toString(day);
    }

    /** A month: "01", "02", then "3" to "12". */
    public static String month(int month) {
        return month <= 2 ? "0" + month : Integer.toString(month);
    }

    /** "ngày 07 tháng 02 năm 2024", blanks kept: "ngày      tháng      năm 2024". */
    public static String longForm(PartialDate date) {
        return "ngày " + (date.day() == null ? BLANK : day(date.day()))
                + " tháng " + (date.month() == null ? BLANK : month(date.month()))
                + " năm " + date.year();
    }

    /** Box 4: "Đức Phổ, ngày 07 tháng 02 năm 2024". */
    public static String placeDate(String place, PartialDate date) {
        return place + ", " + longForm(date);
    }

    /**
     * The short form of citations: "08/6/2010", "07/02/2024"; a blank day or month left as room
     * to write it in by hand, as wide as the header's blanks and of no-break spaces
     * ("     /     /2024"), so that a line never ends inside a date still to be filled in.
     */
    public static String shortForm(PartialDate date) {
        return (date.day() == null ? BLANK_FILL : day(date.day())) + "/"
                + (date.month() == null ? BLANK_FILL : month(date.month())) + "/" + date.year();
    }
}
