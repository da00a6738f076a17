package vn.vanban.layout;

/** How the layout writes its measures. */
final class Points {

    private Points() {
    }

    /** Measures kept to 1/100 pt: enough for both formats, and stable across JVMs. */
    static double round(double pt) {
        return Math.round(pt * 100) / 100.0;
    }
}
