package vn.vanban.docx;

/**
 * WordprocessingML's units, from the layout's points. Every conversion rounds to the nearest unit
 * in one place so that the same point value always becomes the same integer.
 */
final class Twips {

    private Twips() {
    }

    /** Twentieths of a point (dxa): margins, indents, spacing, widths. */
    static int of(double points) {
        return (int) Math.round(points * 20);
    }

    /** Half-points: {@code w:sz}. */
    static int halfPoints(double points) {
        return (int) Math.round(points * 2);
    }

    /** Eighths of a point: border widths, which Word accepts from 2 to 96. */
    static int borderEighths(double points) {
        return (int) Math.max(2, Math.min(96, Math.round(points * 8)));
    }

    static String str(int value) {
        return Integer.toString(value);
    }
}
