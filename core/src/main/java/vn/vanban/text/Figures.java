package vn.vanban.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Số liệu — counts, ratios and percentages as Vietnamese reports write them: a count under ten
 * with a leading zero ("05 nhiệm vụ"), a ratio as "05/12", thousands grouped by "." and decimals
 * after a comma ("1.234,5"), and a percentage with one decimal at most and a space before the
 * sign ("41,7 %"). The space is a no-break space, so that a line never ends between a number and
 * its sign. A table's column of amounts is read in the same form ("235.750.000", "1.500,5") to
 * be added up in a total row, and its sum written back so.
 */
public final class Figures {

    private static final Pattern NUMBER = Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");

    /** Between a number and its percent sign: a space no line breaks at. */
    public static final String NO_BREAK_SPACE = "\u00A0";

    private Figures() {
    }

    /** 5 → "05", 12 → "12", 1250 → "1.250", 0 → "0"; counts are 0 or more. */
    public static String count(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("a count is 0 or more: " + n);
        }
        return n >= 1 && n <= 9 ? "0" + n : Amounts.digits(n);
    }

    /** (5, 12) → "05/12": how many of how many. */
    public static String ratio(long part, long whole) {
        return count(part) + "/" + count(whole);
    }

    /**
     * A decimal number rounded half up to {@code places} decimals, trailing zeros dropped:
     * 1234.5 → "1.234,5", 41.666… → "41,7" (one place), 50.0 → "50".
     */
    public static String decimal(BigDecimal value, int places) {
        if (places < 0) {
            throw new IllegalArgumentException("places must be 0 or more: " + places);
        }
        BigDecimal rounded = value.setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        String sign = rounded.signum() < 0 ? "-" : "";
        BigDecimal abs = rounded.abs();
        BigDecimal whole = abs.setScale(0, RoundingMode.DOWN);
        String out = sign + Amounts.digits(whole.toBigInteger());
        if (abs.scale() > 0) {
            String fraction = abs.subtract(whole).toPlainString(); // "0.7"
            out += "," + fraction.substring(fraction.indexOf('.') + 1);
        }
        return out;
    }

    /** (5, 12) → "41,7 %": part of whole in per cent, one decimal at most. */
    public static String percent(long part, long whole) {
        if (whole <= 0 || part < 0) {
            throw new IllegalArgumentException("a percentage needs a positive whole and a part of 0 or more: "
                    + part + "/" + whole);
        }
        BigDecimal p = BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        return decimal(p, 1) + NO_BREAK_SPACE + "%";
    }

    /** The number {@code text} writes, or empty when it writes none ("khoảng 200", "1.5"). */
    public static Optional<BigDecimal> read(String text) {
        String t = text.strip();
        return NUMBER.matcher(t).matches() ? Optional.of(new BigDecimal(t.replace(".", "").replace(',', '.')))
                : Optional.empty();
    }

    /**
     * {@code n} written as a column writes its numbers, its decimals kept as they are (a sum of
     * "1,50" and "2,50" is "4,00"): 235750000 → "235.750.000", 1500.5 → "1.500,5".
     */
    public static String write(BigDecimal n) {
        BigDecimal abs = n.abs();
        String whole = Amounts.digits(abs.toBigInteger());
        String fraction = abs.scale() > 0 ? abs.remainder(BigDecimal.ONE).toPlainString() : "";
        int point = fraction.indexOf('.');
        return (n.signum() < 0 ? "-" : "") + whole + (point >= 0 ? "," + fraction.substring(point + 1) : "");
    }
}
