package org.renkei.app.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Dialogs as seen by view models; the JavaFX implementation is {@link FxDialogService}, tests use fakes. */
public interface DialogService {
    /** An error in plain Japanese, shown modally. */
    void showError(String header, String message);

    /** Information, shown modally. */
    void showInfo(String header, String message);

    /** Lets the user pick files to import; empty when cancelled. */
    List<Path> chooseFilesToImport();

    /** Lets the user pick a folder (e.g. where to write letters); empty when cancelled. */
    Optional<Path> chooseFolder(String title);

    /**
     * Lets the user name a file to write.
     *
     * @param suggestedName the file name offered first
     * @param extension     e.g. {@code xlsx}: the only type offered, added when the user leaves it out
     */
    default Optional<Path> chooseFileToSave(String title, String suggestedName, String filterName, String extension) {
        return chooseFileToSave(title, suggestedName, List.of(new FileType(filterName, extension)));
    }

    /**
     * Lets the user name a file of one of {@code types} (the first is offered first). A name without any of the
     * types' extensions gets the extension of the type chosen in the dialog.
     *
     * @param suggestedName the file name offered first, with the first type's extension
     */
    Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types);

    /** Lets the user pick an existing file of the given extensions (without dots); empty when cancelled. */
    Optional<Path> chooseFileToOpen(String title, String filterName, List<String> extensions);

    /** Opens a written file (or folder) with the desktop's own viewer; does nothing where there is none. */
    void openInSystemViewer(Path file);
}
