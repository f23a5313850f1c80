package org.renkei.app.ui.share;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.renkei.app.knowledge.share.Comparison;
import org.renkei.app.knowledge.share.MergePolicy;
import org.renkei.app.knowledge.share.SharedFact;

/** One conflict in the preview table, with the side the user chose for it (相手 / 自院). No nodes. */
public final class ConflictRow {
    private final Comparison comparison;
    private final ObjectProperty<MergePolicy.Side> side = new SimpleObjectProperty<>(MergePolicy.Side.OURS);

    ConflictRow(Comparison comparison, MergePolicy.Side initial) {
        this.comparison = comparison;
        side.set(initial);
    }

    Comparison comparison() {
        return comparison;
    }

    public String facility() {
        return comparison.facilityName();
    }

    public String fact() {
        return comparison.slot().label();
    }

    public String ours() {
        return text(comparison.ours());
    }

    public String theirs() {
        return text(comparison.theirs());
    }

    public ObjectProperty<MergePolicy.Side> sideProperty() {
        return side;
    }

    private static String text(SharedFact f) {
        return f.valueText() + "（" + f.verified().on() + (f.verified().by().isEmpty() ? "" : " " + f.verified().by())
                + "）";
    }
}
