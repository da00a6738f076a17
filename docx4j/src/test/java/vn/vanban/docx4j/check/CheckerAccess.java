package vn.vanban.docx4j.check;

/** The rendered samples of this package's tests, for tests in other packages. */
public final class CheckerAccess {

    private CheckerAccess() {
    }

    /** A plan's DOCX and PDF. */
    public static byte[][] rendered(String name) {
        Samples.Rendered r = Samples.render(name);
        return new byte[][] {r.docx(), r.pdf()};
    }
}
