package vn.vanban.docx4j.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of rules, in the order of the document: page, font, header, title, body, closing,
 * appendices. Each rule lives in the class of its part ({@code PageRules}, {@code HeaderRules} …),
 * as one constant: its decree reference, what it requires and the small function that checks it.
 */
public final class Rules {

    private static final List<Rule> ALL = collect();

    private Rules() {
    }

    private static List<Rule> collect() {
        List<Rule> all = new ArrayList<>();
        all.addAll(PageRules.all());
        all.addAll(FontRules.all());
        all.addAll(HeaderRules.all());
        all.addAll(LineRules.all());
        all.addAll(TitleRules.all());
        all.addAll(BodyRules.all());
        all.addAll(ClosingRules.all());
        all.addAll(AppendixRules.all());
        return List.copyOf(all);
    }

    /** Every rule, in the order of the document. */
    public static List<Rule> all() {
        return ALL;
    }

    /** The rule of this name ({@code date-form}), if there is one. */
    public static Optional<Rule> named(String name) {
        return ALL.stream().filter(r -> r.name().equals(name)).findFirst();
    }
}
