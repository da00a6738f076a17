package vn.vanban.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * "Did you mean …?": the closest expected name to a misspelt one, if it is close enough. The one
 * place the project measures how far apart two names are (fields, columns, choices, options).
 */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The candidate nearest to {@code found}, ignoring case, when at most two edits away (fewer
     * for short names, so that unrelated short words are not offered as corrections).
     */
    public static Optional<String> closest(String found, Collection<String> candidates) {
        String f = found.toLowerCase(Locale.ROOT);
        ToIntFunction<String> away = c -> distance(f, c.toLowerCase(Locale.ROOT));
        // One or two letters are too short to guess from: only a difference of case counts.
        int allowed = found.length() <= 2 ? 0 : Math.min(2, Math.max(1, found.length() / 3));
        return candidates.stream().min(Comparator.comparingInt(away)).filter(c -> away.applyAsInt(c) <= allowed);
    }

    /** Edit distance counting a swap of neighbours as one edit ("sectoin" → "section"). */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
