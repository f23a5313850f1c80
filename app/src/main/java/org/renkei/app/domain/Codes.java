package org.renkei.app.domain;

import java.util.Optional;
import java.util.function.Function;

/** Finding an enum constant by one of its texts (a stored code, a label): one loop for every coded enum. */
public final class Codes {
    private Codes() {
    }

    /** The first of {@code values} whose {@code text} equals {@code wanted}. */
    public static <E extends Enum<E>> Optional<E> find(E[] values, Function<E, String> text, String wanted) {
        for (E e : values) {
            if (text.apply(e).equals(wanted)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** As {@link #find}, refusing an unknown text ({@code what} names the kind, for the exception's message). */
    public static <E extends Enum<E>> E require(E[] values, Function<E, String> text, String wanted, String what) {
        return find(values, text, wanted).orElseThrow(() -> new IllegalArgumentException("unknown " + what + ": "
                + wanted));
    }
}
