package vn.vanban.docx4j.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import vn.vanban.model.DocumentType;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a check found in one document: the rules it checked and each finding, with a plain-text
 * form (one finding a line, as a command line prints it) and a JSON form.
 *
 * @param file     the document's name as given
 * @param format   DOCX or PDF
 * @param type     the document type it was checked as
 * @param rules    the rules checked (those that apply to the format)
 * @param findings what departs from the rules, in the order of the rules
 */
public record CheckReport(String file, Rule.Format format, DocumentType type, List<Rule> rules, List<Finding> findings) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public CheckReport {
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
    }

    /** No findings. */
    public boolean clean() {
        return findings.isEmpty();
    }

    /** The command's exit code: 0 when the document meets every rule checked, 1 with findings. */
    public int exitCode() {
        return clean() ? 0 : 1;
    }

    /**
     * One line a finding, {@code file: place: rule: found …; required: …}; a clean document's one
     * line says how many rules it meets.
     */
    public List<String> lines() {
        if (clean()) {
            return List.of(file + ": meets the " + rules.size() + " presentation rules checked (" + format + ", "
                    + type.vietnameseName() + ")");
        }
        List<String> out = new ArrayList<>(findings.size());
        findings.forEach(f -> out.add(file + ": " + f));
        return out;
    }

    /** {@link #lines()} joined by newlines, with a final newline. */
    public String text() {
        return String.join("\n", lines()) + "\n";
    }

    /**
     * The report as JSON: {@code file}, {@code format}, {@code type}, {@code clean}, the ids and
     * names of the {@code rules} checked, and each finding's rule, place, found and required.
     */
    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("file", file);
        root.put("format", format.name());
        root.put("type", type.vietnameseName());
        root.put("clean", clean());
        root.put("rules", rules.stream().map(CheckReport::rule).toList());
        List<Object> list = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", rule(f.rule()));
            m.put("place", place(f.place()));
            m.put("found", f.found());
            m.put("required", f.required());
            if (!f.also().isEmpty()) {
                m.put("also", f.also().stream().map(CheckReport::place).toList());
            }
            list.add(m);
        }
        root.put("findings", list);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> place(Place p) {
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("kind", p.kind());
        place.put("number", p.number());
        if (p.line() > 0) {
            place.put("line", p.line());
        }
        place.put("excerpt", p.excerpt());
        return place;
    }

    private static Map<String, Object> rule(Rule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("name", r.name());
        m.put("reference", r.reference());
        return m;
    }
}
