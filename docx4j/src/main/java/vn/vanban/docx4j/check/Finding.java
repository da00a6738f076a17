package vn.vanban.docx4j.check;

import java.util.List;
import java.util.Objects;

/**
 * One place where a document departs from the decree: which rule, where, what was found there and
 * what the rule requires.
 *
 * @param rule     the rule broken (its id, name and the decree's paragraph)
 * @param place    where: a paragraph, a line of a page, a section or a page, with its first words
 * @param found    what the document has there
 * @param required what the rule asks for instead
 * @param also     the other places with the same fault (a wrong style repeats on every
 *                 paragraph that has it: one finding names them all)
 */
public record Finding(Rule rule, Place place, String found, String required, List<Place> also) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(required, "required");
        also = List.copyOf(also);
    }

    public Finding(Rule rule, Place place, String found, String required) {
        this(rule, place, found, required, List.of());
    }

    /**
     * The finding on one line: {@code paragraph 7 «Đức Phổ, ngày 5…»: C10 date-form (Phụ lục I,
     * Phần I, II.4.b): found 'ngày 5'; required: …}.
     */
    @Override
    public String toString() {
        return place + ": " + rule + ": found " + found + alsoAt() + "; required: " + required;
    }

    /** " (also in paragraphs 15, 16, 17 and 9 more)". */
    private String alsoAt() {
        if (also.isEmpty()) {
            return "";
        }
        String kind = also.get(0).kind();
        List<String> where = also.stream().limit(SHOWN).map(p -> p.kind().equals("line") ? p.number() + ":" + p.line()
                : Integer.toString(p.number())).toList();
        String more = also.size() > SHOWN ? " and " + (also.size() - SHOWN) + " more" : "";
        String plural = kind.equals("line") ? "lines (page:line)" : kind.equals("paragraph") ? "paragraphs" : kind + "s";
        return " (also in " + (also.size() == 1 && kind.equals("paragraph") ? "paragraph" : plural) + " "
                + String.join(", ", where) + more + ")";
    }

    private static final int SHOWN = 6;
}
