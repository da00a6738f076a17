package vn.vanban.docx4j.check;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A presentation rule of Decree 30/2020/NĐ-CP, as data: its id (the check's number in
 * {@code shared/nd30/spec.md} §7, "P" for practice the decree's templates show but its text does
 * not require), a short name, the decree's appendix and paragraph, what it requires, the formats it
 * can be checked in, and the small function that checks it. {@link Rules#all()} lists them.
 */
public final class Rule {

    /** A document format a rule can be checked in. */
    public enum Format { DOCX, PDF }

    /** What a rule does with a document: adds a finding for each place that breaks it. */
    @FunctionalInterface
    interface Check {
        void run(CheckedDocument doc, Findings out);
    }

    private final String id;
    private final String name;
    private final String reference;
    private final String requirement;
    private final Set<Format> formats;
    private final Check check;

    Rule(String id, String name, String reference, String requirement, Set<Format> formats, Check check) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.reference = Objects.requireNonNull(reference);
        this.requirement = Objects.requireNonNull(requirement);
        this.formats = Set.copyOf(formats);
        this.check = Objects.requireNonNull(check);
    }

    static Rule both(String id, String name, String reference, String requirement, Check check) {
        return new Rule(id, name, reference, requirement, EnumSet.allOf(Format.class), check);
    }

    static Rule docx(String id, String name, String reference, String requirement, Check check) {
        return new Rule(id, name, reference, requirement, EnumSet.of(Format.DOCX), check);
    }

    static Rule pdf(String id, String name, String reference, String requirement, Check check) {
        return new Rule(id, name, reference, requirement, EnumSet.of(Format.PDF), check);
    }

    /** The check's number in the decree digest's list (C1–C27), or "P" for practice. */
    public String id() {
        return id;
    }

    /** A short name, unique among the rules: {@code date-form}. */
    public String name() {
        return name;
    }

    /** The decree's appendix and paragraph: {@code NĐ 30/2020, Phụ lục I, Phần I, II.4.b}. */
    public String reference() {
        return reference;
    }

    /** What the rule requires, in a sentence. */
    public String requirement() {
        return requirement;
    }

    public Set<Format> formats() {
        return formats;
    }

    List<Finding> check(CheckedDocument doc) {
        if (!formats.contains(doc.format())) {
            return List.of();
        }
        Findings out = new Findings(this);
        check.run(doc, out);
        return out.list;
    }

    /** "C10 date-form (NĐ 30/2020, Phụ lục I, Phần I, II.4.b)". */
    @Override
    public String toString() {
        return id + " " + name + " (" + reference + ")";
    }

    /**
     * The findings of one rule as it runs; the same fault found again (the same words found and
     * required) is added to the first finding's other places rather than said again.
     */
    static final class Findings {
        private final Rule rule;
        private final Map<String, Integer> seen = new HashMap<>();
        private final List<Finding> list = new ArrayList<>();

        Findings(Rule rule) {
            this.rule = rule;
        }

        void add(Place place, String found, String required) {
            Integer at = seen.get(found + "\u0000" + required);
            if (at == null) {
                seen.put(found + "\u0000" + required, list.size());
                list.add(new Finding(rule, place, found, required));
                return;
            }
            Finding first = list.get(at);
            List<Place> also = new ArrayList<>(first.also());
            also.add(place);
            list.set(at, new Finding(rule, first.place(), found, required, also));
        }

        void add(Block at, String found, String required) {
            add(at.place(), found, required);
        }
    }
}
