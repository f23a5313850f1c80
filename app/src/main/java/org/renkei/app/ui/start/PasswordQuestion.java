package org.renkei.app.ui.start;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;

/** A view model asking one password with a few tries, shown by {@link PasswordDialogs#ask}. No nodes. */
public interface PasswordQuestion {
    String title();

    String header();

    /** The line above the field. */
    String intro();

    StringProperty passwordProperty();

    ReadOnlyStringProperty messageProperty();

    ReadOnlyBooleanProperty busyProperty();

    /** True once the question is settled (accepted, given up or cancelled): the dialog closes. */
    ReadOnlyBooleanProperty overProperty();

    /** OK (Enter). */
    void submit();

    /** Cancel or the dialog closed before the question was settled. */
    void cancel();
}
