package org.renkei.app.ui.audit;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.renkei.app.audit.StaffNames;

import java.util.function.Supplier;

/** The staff name the window records under; read from any thread, changed on the UI thread. */
public final class CurrentStaff implements Supplier<String> {
    private volatile String name;
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper("");

    public CurrentStaff(String name) {
        set(name);
    }

    @Override
    public String get() {
        return name;
    }

    /** The name for the status bar. */
    public ReadOnlyStringProperty nameProperty() { return shown.getReadOnlyProperty(); }

    void set(String newName) {
        name = StaffNames.require(newName);
        shown.set(name);
    }
}
