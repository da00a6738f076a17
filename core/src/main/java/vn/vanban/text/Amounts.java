package vn.vanban.text;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Sums of money in đồng: digits grouped by "." ("1.500.000 đồng") and the same sum in words
 * ("một triệu năm trăm nghìn đồng"), as budget lines and contracts write them.
 */
public final class Amounts {

    private static final String[] DIGITS =
        {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final long BILLION = 1_000_000_000L;

    private Amounts() {
    }

    /** 1500000 → "1.500.000". */
    public static String digits(long n) {
        return digits(java.math.BigInteger.valueOf(n));
    }

    /** {@link #digits(long)} for a number of any size: a column's sum has no upper bound. */
    public static String digits(java.math.BigInteger n) {
        if (n.signum() < 0) {
            return "-" + digits(n.negate());
        }
        String s = n.toString();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && (s.length() - i) % 3 == 0) {
                sb.append('.');
            }
            sb.append(s.charAt(i));
        }
        return sb.toString();
    }

    /** 1500000 → "1.500.000 đồng". */
    public static String dong(long n) {
        return digits(n) + " đồng";
    }

    /** 1500000 → "một triệu năm trăm nghìn đồng"; 0 → "không đồng". */
    public static String dongInWords(long n) {
        return words(n) + " đồng";
    }

    /** The number in words: 1000005 → "một triệu không trăm linh năm". */
    public static String words(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative: " + n);
        }
        return n == 0 ? DIGITS[0] : words(n, true).strip();
    }

    /** Reads n, billions first; {@code leading} says no higher group was read before it. */
    private static String words(long n, boolean leading) {
        if (n >= BILLION) {
            String high = words(n / BILLION, leading) + " tỷ";
            long rest = n % BILLION;
            return rest == 0 ? high : high + " " + words(rest, false);
        }
        String[] units = {"", " nghìn", " triệu"};
        int[] groups = {(int) (n % 1000), (int) (n / 1000 % 1000), (int) (n / 1_000_000 % 1000)};
        int top = groups[2] > 0 ? 2 : groups[1] > 0 ? 1 : 0;
        return IntStream.iterate(top, g -> g >= 0, g -> g - 1).filter(g -> groups[g] != 0)
                .mapToObj(g -> group(groups[g], leading && g == top) + units[g]).collect(Collectors.joining(" "));
    }

    /** One group of three digits, 1–999; a group after a higher one reads its zero hundreds. */
    private static String group(int n, boolean leading) {
        int h = n / 100;
        int t = n / 10 % 10;
        int u = n % 10;
        StringBuilder sb = new StringBuilder();
        if (h > 0 || !leading) {
            sb.append(DIGITS[h]).append(" trăm");
        }
        if (t == 0) {
            if (u > 0) {
                if (sb.length() > 0) {
                    sb.append(" linh");
                }
                sb.append(sb.length() > 0 ? " " : "").append(DIGITS[u]);
            }
            return sb.toString();
        }
        if (sb.length() > 0) {
            sb.append(' ');
        }
        sb.append(t == 1 ? "mười" : DIGITS[t] + " mươi");
        if (u == 1 && t > 1) {
            sb.append(" mốt");
        } else if (u == 5) {
            sb.append(" lăm");
        } else if (u > 0) {
            sb.append(' ').append(DIGITS[u]);
        }
        return sb.toString();
    }
}
