package vn.vanban.load;

import vn.vanban.model.Citation;
import vn.vanban.model.Inline;
import vn.vanban.model.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import static vn.vanban.load.Paths.at;

/** The violations of one check of a plan, and the checks every kind of value shares. */
final class Violations {

    /**
     * A rule the plan breaks: the field path and the message, as a {@link vn.vanban.common.Problem}
     * gives them. In a file the problem is placed at the value of {@code placeAt} (or at its key
     * when {@code atKey}), or, when that is absent, at the nearest value that holds it.
     */
    record Violation(String path, String message, String placeAt, boolean atKey) {
        Violation(String path, String message) {
            this(path, message, path, false);
        }

        /** The same violation of a field inside {@code prefix} ("attached"). */
        Violation moved(String prefix) {
            return new Violation(prefix + "." + path, message, prefix + "." + placeAt, atKey);
        }
    }

    private final List<Violation> list = new ArrayList<>();
    /** What reads as the user may not mean it, but is still valid: told, never refused. */
    private final List<Violation> warnings = new ArrayList<>();
    /** The ids of the plan's appendices, which a text may refer to. */
    private List<String> appendixIds = List.of();
    /** Whether the texts checked now may hold footnotes: the body's may, a catalogue's and a note's may not. */
    private boolean notes;
    /** The text counted so far against {@link #budget}; which budget the texts checked now count against. */
    private long characters;
    private PlanLimits.TextBudget budget = PlanLimits.TextBudget.PLAN;

    List<Violation> list() {
        return list;
    }

    List<Violation> warnings() {
        return warnings;
    }

    /** A warning about the value at {@code path}. */
    void warn(String path, String message) {
        warnings.add(new Violation(path, message));
    }

    /** Whether the texts checked from now on may hold footnotes. */
    void notesAllowed(boolean allowed) {
        notes = allowed;
    }

    /** The ids a reference to an appendix may name from now on. */
    void appendixIds(List<String> ids) {
        appendixIds = List.copyOf(ids);
    }

    /** Counts the texts checked from now on against {@code next}, from nothing. */
    void countAgainst(PlanLimits.TextBudget next) {
        budget = next;
        characters = 0;
    }

    /** Counts a text; said once, at the text that passes its budget. */
    private void count(String path, String text) {
        long before = characters;
        characters += text.length();
        if (before <= budget.limit() && characters > budget.limit()) {
            add(path, budget.message());
        }
    }

    void add(String path, String message) {
        list.add(new Violation(path, message));
    }

    void add(Violation v) {
        list.add(v);
    }

    /** A violation placed, in a file, at the field's key rather than its value. */
    void addAtKey(String path, String message) {
        list.add(new Violation(path, message, path, true));
    }

    /** Reports a missing value; true when it is present. */
    boolean required(String path, Object value) {
        if (value == null) {
            missing(path, "");
            return false;
        }
        return true;
    }

    void missing(String path, String why) {
        String key = path.substring(Math.max(path.lastIndexOf('.'), path.lastIndexOf(']')) + 1);
        add(path, "missing required field '" + key + "'" + why);
    }

    /** A one-line text, required or not: when given, not blank and holding no character a document cannot. */
    boolean line(String path, String value, boolean required) {
        if (value == null) {
            return !required || required(path, null);
        }
        if (value.isBlank()) {
            add(path, "expected text, found an empty string");
            return false;
        }
        if (Values.invisible(value)) {
            // No-break or zero-width spaces alone print an empty line or box (found by a trial).
            add(path, "expected text, found only spaces and characters that print nothing ("
                    + Values.codePoints(value) + "); write the text or leave the field out");
            return false;
        }
        return holdable(path, value);
    }

    /**
     * A list of one-line texts ({@code things} of a {@code holder}, at most {@code limit}), each
     * required; {@code each} then checks those that are given and holdable, with their paths.
     */
    void lines(String list, List<String> items, String things, String holder, int limit,
               BiConsumer<String, String> each) {
        for (int i = 0; i < items.size(); i++) {
            String path = Paths.index(list, i);
            if (i == limit) {
                add(PlanLimits.tooMany(path, things, holder, limit));
            }
            if (line(path, items.get(i), true)) {
                each.accept(path, items.get(i));
            }
        }
    }

    /** A title given whole or line by line: as {@link #line}, and no line of it blank. */
    boolean lines(String path, String value, boolean required) {
        if (!line(path, value, required) || value == null) {
            return false;
        }
        List<String> lines = value.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                add(path, "line " + (i + 1) + " of " + lines.size() + " is empty; each line given is printed as a "
                        + "line of the title: leave the empty one out");
                return false;
            }
        }
        return true;
    }

    /**
     * A text's characters: no more than a data file may hold in one text, each one XML 1.0 (and so
     * DOCX) can hold; counted against the budget of the part of the plan it is in.
     */
    boolean holdable(String path, String value) {
        count(path, value);
        if (value.length() > TreeReader.MAX_STRING) {
            add(path, ParserMessages.limitMessage("string value length", "plan"));
            return false;
        }
        String problem = Values.unholdable(value);
        if (problem != null) {
            add(path, problem);
            return false;
        }
        return true;
    }

    void positive(String path, long value) {
        if (value < 1) {
            add(path, "expected a positive whole number, found " + Problems.quote(Long.toString(value)));
        }
    }

    /** Running text (of the body or of a cell), written as a string or as a list of pieces. */
    void text(String path, Text t) {
        if (t.parts().isEmpty()) {
            add(path, "expected text, found an empty list");
        } else if (Paths.isString(t)) {
            String s = ((Inline.Plain) t.parts().get(0)).text();
            if (s == null) {
                add(path, "expected text, found nothing");
            } else {
                line(path, s, true);
            }
        } else {
            for (int i = 0; i < t.parts().size(); i++) {
                if (i == PlanLimits.PIECES) {
                    add(PlanLimits.tooMany(Paths.index(path, i), "pieces", "text", PlanLimits.PIECES));
                }
                piece(Paths.index(path, i), t.parts().get(i));
            }
        }
    }

    private void piece(String path, Inline piece) {
        if (piece instanceof Inline.Plain p) {
            // Pieces are kept as written: a space between two of them is text, not a blank.
            if (p.text() == null || p.text().isEmpty()) {
                add(path, "expected a piece of text, found " + (p.text() == null ? "nothing" : "an empty string"));
            } else {
                holdable(path, p.text());
            }
        } else if (piece instanceof Inline.Strong s) {
            line(at(path, "strong"), s.text(), true);
        } else if (piece instanceof Inline.Cite c) {
            if (required(at(path, "cite"), c.citation())) {
                citation(at(path, "cite"), c.citation());
                if (c.citation().sameLine()) {
                    addAtKey(at(path, "cite.sameLine"), "'sameLine' puts a citation of the legal basis on "
                            + "the line of the one before it; a citation in the text has no line of its own");
                }
            }
        } else if (piece instanceof Inline.Note n) {
            String at = at(path, "note");
            if (!notes) {
                add(at, "a footnote belongs to the body's text (a catalogue's cell or another note holds none); "
                        + "write it into the text, or move it to the body");
            } else if (n.text() == null) {
                add(at, "expected the note's text, found nothing");
            } else {
                notes = false;
                text(at, n.text());
                notes = true;
            }
        } else if (piece instanceof Inline.AppendixRef r) {
            String at = at(path, "appendix");
            if (line(at, r.id(), true) && !appendixIds.contains(r.id())) {
                add(at, appendixIds.isEmpty()
                        ? "no appendix has the id " + Problems.quote(r.id()) + "; give the appendix it means 'id: " + r.id() + "'"
                        : Values.unknown("appendix id", r.id(), appendixIds));
            }
        } else if (piece instanceof Inline.Money m && m.dong() < 0) {
            add(at(path, "money"), "expected a sum in đồng of 0 or more, found " + Problems.quote(Long.toString(m.dong())));
        }
    }

    /** A citation, in the legal basis or in running text: by type (and number) or by name, not both. */
    void citation(String path, Citation c) {
        if (c.type() != null && c.name() != null) {
            addAtKey(at(path, "name"), "a citation has either 'type' (cited by number, 'Nghị định số …') or "
                    + "'name' (cited by name and date, 'Luật Đất đai ngày …'), found both");
        } else if (c.name() != null) {
            line(at(path, "name"), c.name(), true);
            if (c.number() != null) {
                addAtKey(at(path, "number"), "a citation by name has no number; to cite it by number, "
                        + "write its 'type' ('Luật') instead of its 'name'");
            }
        } else if (c.type() == null) {
            add(at(path, "type"), "missing required field 'type' (cited by number) or 'name' (cited by name and date)");
        } else {
            line(at(path, "type"), c.type(), true);
        }
        line(at(path, "number"), c.number(), false);
        line(at(path, "issuer"), c.issuer(), false);
        line(at(path, "subject"), c.subject(), false);
    }
}
