package vn.vanban.docx4j.imports;

import vn.vanban.model.Recipients;
import vn.vanban.model.Signatory;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nơi nhận (each "- …;" line, the archive "- Lưu: VT.", box 12 after it or on a line of its own)
 * and the signature block (the authority and titles in capitals, the signer's name) read back.
 */
final class ClosingReader {

    private static final Pattern RECIPIENT = Pattern.compile("[-–•+]?\\s*(.*?)\\s*[;,.]?");
    private static final Pattern ARCHIVE = Pattern.compile("[-–•+]?\\s*Lưu\\s*:?\\s*(.*?)\\.?");
    private static final Pattern BOX_12 = Pattern.compile("(.*) \\(([^(),]+)(?:, (\\d+) bản)?\\)");
    private static final Pattern OWN_LINE = Pattern.compile("(.*?)\\.\\((\\d+)\\)");
    private static final Pattern AUTHORITY = Pattern.compile("(TM|KT|TL|TUQ|Q)\\.\\s*(.*)");

    private final Casing casing;
    private final List<Unmapped> unmapped;
    /** Paragraphs of the closing that have no place in it, for the end of the body. */
    final List<Para> extra = new ArrayList<>();

    ClosingReader(Casing casing, List<Unmapped> unmapped) {
        this.casing = casing;
        this.unmapped = unmapped;
    }

    PlanAssembler.Closing read(List<Para> paras, int from) {
        int at = from;
        List<String> to = new ArrayList<>();
        String archive = null;
        String drafter = null;
        Integer copies = null;
        boolean ownLine = false;
        List<String> titles = new ArrayList<>();
        String name = null;
        boolean found = false;
        while (at < paras.size()) {
            Para p = paras.get(at);
            String role = p.role() == null ? "" : p.role();
            String text = p.plain();
            switch (role) {
                case "recipients-label" -> found = true;
                case "recipient" -> {
                    Matcher a = ARCHIVE.matcher(text);
                    if (a.matches()) {
                        archive = a.group(1);
                        Matcher box = BOX_12.matcher(archive);
                        if (box.matches()) {
                            archive = box.group(1);
                            drafter = box.group(2);
                            copies = box.group(3) == null ? null : Integer.valueOf(box.group(3));
                        }
                    } else {
                        Matcher r = RECIPIENT.matcher(text);
                        to.add(r.matches() ? r.group(1) : text);
                    }
                }
                case "drafter-code" -> {
                    Matcher m = OWN_LINE.matcher(text);
                    drafter = m.matches() ? m.group(1) : text;
                    copies = m.matches() ? Integer.valueOf(m.group(2)) : null;
                    ownLine = true;
                }
                case "signature-title", "signature-title-next" -> titles.add(text);
                case "signature-name" -> name = text;
                case "signature-extra" -> {
                    unmapped.add(new Unmapped(p.number(), p.excerpt(), "words in the signature block that are no "
                            + "title or name; kept at the end of the body"));
                    extra.add(p.as("body"));
                }
                default -> {
                    return done(to, archive, drafter, copies, ownLine, titles, name, found, at);
                }
            }
            at++;
        }
        return done(to, archive, drafter, copies, ownLine, titles, name, found, at);
    }

    private PlanAssembler.Closing done(List<String> to, String archive, String drafter, Integer copies, boolean ownLine,
                                       List<String> titles, String name, boolean found, int next) {
        if (!found && to.isEmpty()) {
            unmapped.add(new Unmapped(0, "", "no recipients (Nơi nhận) found"));
        }
        if (archive == null) {
            unmapped.add(new Unmapped(0, "", "no archive line (- Lưu: VT.) found under Nơi nhận"));
        }
        Recipients recipients = new Recipients(to, archive, drafter, copies, ownLine);
        if (titles.isEmpty() || name == null) {
            unmapped.add(new Unmapped(0, "", "no signature block (title and signer's name) found"));
        }
        return new PlanAssembler.Closing(recipients, signatory(titles, name), next);
    }

    /** "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", the last line the signer's own title. */
    private Signatory signatory(List<String> titles, String name) {
        List<String> lines = new ArrayList<>(titles);
        String position = lines.isEmpty() ? null : lines.remove(lines.size() - 1);
        Signatory.Authority authority = Signatory.Authority.NONE;
        String collective = null;
        String head = null;
        if (position != null && lines.isEmpty() && position.startsWith("Q.")) {
            authority = Signatory.Authority.Q;
            position = position.substring(2).strip();
        }
        for (String line : lines) {
            Matcher m = AUTHORITY.matcher(line);
            if (!m.matches()) {
                continue;
            }
            Signatory.Authority a = Signatory.Authority.valueOf(m.group(1));
            if (a == Signatory.Authority.TM) {
                collective = casing.of(m.group(2));
                if (authority == Signatory.Authority.NONE) {
                    authority = a;
                }
            } else {
                authority = a;
                head = casing.of(m.group(2));
            }
        }
        return new Signatory(authority, collective, head, position == null ? null : casing.of(position), name);
    }
}
