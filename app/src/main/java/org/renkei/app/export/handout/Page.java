package org.renkei.app.export.handout;

import java.util.List;

/** One laid-out A4 page. */
public record Page(List<PageOp> ops) {
    /** A4 in points. */
    public static final double WIDTH = 595.28;
    public static final double HEIGHT = 841.89;

    public Page {
        ops = List.copyOf(ops);
    }
}
