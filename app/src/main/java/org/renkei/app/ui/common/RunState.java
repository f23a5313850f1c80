package org.renkei.app.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/** A view model command's busy flag and a count of finished runs (successful or not). */
public final class RunState {
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper completed = new ReadOnlyIntegerWrapper(0);

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty completedProperty() { return completed.getReadOnlyProperty(); }

    /** Marks busy and runs {@code task}; its {@code andFinally} is replaced by clearing busy and counting the run. */
    public <T> void run(TaskRunner runner, BackgroundTask<T> task) {
        busy.set(true);
        runner.run(task.andFinally(() -> {
            busy.set(false);
            completed.set(completed.get() + 1);
        }));
    }
}
