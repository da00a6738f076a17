package vn.vanban.text;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers in a table as Vietnamese writes them: thousands grouped by "." and decimals after ","
 * ("235.750.000", "1.500,5", "12"); read to add up a column, and a sum written the same way.
 */
public final class Figures {

    private static final Pattern NUMBER = Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");

    private Figures() {
    }

    /** The number {@code text} writes, or empty when it writes none ("khoảng 200", "1.5"). */
    public static Optional<BigDecimal> read(String text) {
        String t = text.strip();
        if (!NUMBER.matcher(t).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(t.replace(".", "").replace(',', '.')));
    }

    /** {@code n} written as the column writes its numbers: 235750000 → "235.750.000", 1500.5 → "1.500,5". */
    public static String write(BigDecimal n) {
        BigDecimal abs = n.abs();
        String whole = Amounts.digits(abs.toBigInteger().longValueExact());
        String fraction = abs.scale() > 0 ? abs.remainder(BigDecimal.ONE).toPlainString() : "";
        int point = fraction.indexOf('.');
        return (n.signum() < 0 ? "-" : "") + whole + (point >= 0 ? "," + fraction.substring(point + 1) : "");
    }
}
