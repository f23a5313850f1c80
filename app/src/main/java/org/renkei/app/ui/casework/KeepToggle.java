package org.renkei.app.ui.casework;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One chosen department with its 「病院で継続」 (２人主治医制) switch. */
public final class KeepToggle {
    private final String department;
    private final BooleanProperty keep = new SimpleBooleanProperty(false);

    KeepToggle(String department) {
        this.department = department;
    }

    public String department() {
        return department;
    }

    /** True when the hospital keeps this department, so no clinic is needed for it. */
    public BooleanProperty keepProperty() {
        return keep;
    }
}
