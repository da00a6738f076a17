package vn.vanban.docx4j.check;

import java.util.Objects;

/**
 * One place where a document departs from the decree: which rule, where, what was found there and
 * what the rule requires.
 *
 * @param rule     the rule broken (its id, name and the decree's paragraph)
 * @param place    where: a paragraph, a line of a page, a section or a page, with its first words
 * @param found    what the document has there
 * @param required what the rule asks for instead
 */
public record Finding(Rule rule, Place place, String found, String required) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(required, "required");
    }

    /**
     * The finding on one line: {@code paragraph 7 «Đức Phổ, ngày 5…»: C10 date-form (Phụ lục I,
     * Phần I, II.4.b): found 'ngày 5'; required: …}.
     */
    @Override
    public String toString() {
        return place + ": " + rule + ": found " + found + "; required: " + required;
    }
}
