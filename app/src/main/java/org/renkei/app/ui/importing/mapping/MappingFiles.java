package org.renkei.app.ui.importing.mapping;

import java.nio.file.Path;
import java.util.Optional;

/** The file choosers of the mapping dialog; the JavaFX implementation is {@link FxMappingFiles}, tests use fakes. */
public interface MappingFiles {
    /** The user's list to map (CSV or Excel); empty when cancelled. */
    Optional<Path> chooseList();

    /** An import profile (JSON) to open; empty when cancelled. */
    Optional<Path> chooseProfileToOpen();

    /** Where to save an import profile, suggesting {@code suggestedName}; empty when cancelled. */
    Optional<Path> chooseProfileToSave(String suggestedName);
}
