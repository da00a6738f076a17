package vn.vanban.model;

import java.util.Arrays;
import java.util.List;

/**
 * The model's lists: a {@code null} list (or array of arguments) is empty, as a field left out of
 * a data file is; a {@code null} item is a mistake in the calling code, said by its name and index
 * rather than by {@link List#copyOf}'s bare exception.
 */
final class Lists {

    private Lists() {
    }

    /** An unmodifiable copy of {@code items}, empty for {@code null}. */
    static <T> List<T> copy(List<T> items, String name) {
        if (items == null) {
            return List.of();
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                throw new NullPointerException(name + "[" + i + "] is null: leave it out (a null list is empty, "
                        + "an item of one cannot be null)");
            }
        }
        return List.copyOf(items);
    }

    /** As {@link #copy}, of arguments given one by one. */
    @SafeVarargs
    static <T> List<T> of(String name, T... items) {
        return items == null ? List.of() : copy(Arrays.asList(items), name);
    }
}
