package vn.vanban.load;

import vn.vanban.model.Agency;
import vn.vanban.model.PartialDate;
import vn.vanban.model.Recipients;
import vn.vanban.model.Signatory;

import java.util.List;

/**
 * The parts of a plan file that data files of other kinds write the same way: a report's
 * progress file gives its issuer, date, recipients, addressees, signatory and contact block in the plan's notation,
 * and they
 * are read by the plan's own mapping, so that a field the plan gains is read there too. Each
 * method reports what is wrong with the notation through the {@link Values} it was made with and
 * returns {@code null} for what it could not read; the rules are {@link PlanValidator}'s (see
 * {@link Locations#place(vn.vanban.model.Plan, Node, Problems, java.util.function.Predicate)}).
 * One instance per file.
 */
public final class PlanParts {

    private final PlanMapper mapper;

    public PlanParts(Values values) {
        this.mapper = new PlanMapper(values);
    }

    /** Cơ quan ban hành: name, abbreviation and place. */
    public Agency issuer(Node n, String path) {
        return mapper.agency(n, path, "issuer");
    }

    /** Cơ quan chủ quản: a name. */
    public Agency parent(Node n, String path) {
        return mapper.agency(n, path, "agency");
    }

    /** A date as YYYY-MM-DD, YYYY-MM or YYYY. */
    public PartialDate date(Node n, String path) {
        return mapper.date(n, path);
    }

    /** Nơi nhận. */
    public Recipients recipients(Node n, String path) {
        return mapper.recipients(n, path);
    }

    /** Người ký. */
    public Signatory signatory(Node n, String path) {
        return mapper.signatory(n, path);
    }

    /** Kính gửi (box 9a): one addressee an item; an unreadable one stays empty. */
    public List<String> addressees(Node n, String path) {
        return mapper.lines(n, path);
    }

    /** Địa chỉ, thư điện tử, số điện thoại… (box 13): one line an item; an unreadable one stays empty. */
    public List<String> contact(Node n, String path) {
        return mapper.lines(n, path);
    }
}
