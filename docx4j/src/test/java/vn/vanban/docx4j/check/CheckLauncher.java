package vn.vanban.docx4j.check;

import vn.vanban.docx4j.UnreadableDocumentException;
import vn.vanban.model.DocumentType;

import java.nio.file.Path;

/**
 * A bare command for timing a check from a cold JVM and for trying the checker by hand, until the
 * command line has its {@code check} subcommand: {@code CheckLauncher FILE [--type T] [--json]}.
 * Exit codes as the command's will be: 0 clean, 1 findings or an unreadable file, 2 wrong usage.
 */
public final class CheckLauncher {

    private CheckLauncher() {
    }

    public static void main(String[] args) {
        Path file = null;
        DocumentType type = DocumentType.KE_HOACH;
        boolean json = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--json" -> json = true;
                case "--type" -> {
                    String value = i + 1 < args.length ? args[++i] : "";
                    type = Checker.type(value).orElse(null);
                    if (type == null) {
                        System.err.println("check: unknown type '" + value + "'; expected one of: " + Checker.typeKeys());
                        System.exit(2);
                    }
                }
                default -> file = Path.of(args[i]);
            }
        }
        if (file == null) {
            System.err.println("usage: CheckLauncher FILE.docx|FILE.pdf [--type T] [--json]");
            System.exit(2);
        }
        try {
            CheckReport report = Checker.check(file, type);
            System.out.print(json ? report.json() : report.text());
            System.exit(report.exitCode());
        } catch (UnreadableDocumentException e) {
            System.err.println("check: " + e.getMessage());
            System.exit(1);
        }
    }
}
