package org.renkei.app.export.handout;

import java.util.List;

/** One laid-out A4 page. */
record Page(List<PageOp> ops) {
    /** A4 in points. */
    static final double WIDTH = 595.28;
    static final double HEIGHT = 841.89;

    Page {
        ops = List.copyOf(ops);
    }
}
