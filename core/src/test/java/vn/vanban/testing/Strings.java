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

    /**
     * Whether a message shows a program's insides instead of speaking to the person who wrote the
     * file: a Java class name, an exception's name, a parser's feature switch.
     */
    public static boolean showsInternals(String message) {
        return message.matches("(?s).*\\b(java|com|org)\\.[a-z]+\\..*") || message.contains("Exception")
                || message.contains("`") || message.matches("(?s).*\\bFeature\\b.*");
    }
}
