package vn.vanban.common;

import java.util.Locale;
import java.util.Optional;

/** The two notations a plan file may be written in; both carry the same fields. */
public enum Format {
    /** YAML 1.1 as read by SnakeYAML: {@code .yaml} or {@code .yml}. */
    YAML,
    /** JSON: {@code .json}. */
    JSON;

    /**
     * The format a file name's extension names, ignoring case: {@code plan.yaml}, {@code plan.yml}
     * → YAML, {@code plan.json} → JSON; empty for anything else.
     */
    public static Optional<Format> byFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }
}
