package vn.vanban.testing;

/** Small string helpers shared by the tests. */
public final class Strings {

    private Strings() {
    }

    /** How many times {@code needle} occurs in {@code haystack}, without overlaps. */
    public static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }
}
