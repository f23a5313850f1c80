package org.renkei.app.ui.common;

import java.nio.file.Path;
import java.util.List;

/** Dialogs as seen by view models; the JavaFX implementation is {@link FxDialogService}, tests use fakes. */
public interface DialogService {
    /** An error in plain Japanese, shown modally. */
    void showError(String header, String message);

    /** Information, shown modally. */
    void showInfo(String header, String message);

    /** Lets the user pick files to import; empty when cancelled. */
    List<Path> chooseFilesToImport();
}
