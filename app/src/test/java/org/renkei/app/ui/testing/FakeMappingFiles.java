package org.renkei.app.ui.testing;

import org.renkei.app.ui.importing.mapping.MappingFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers the mapping dialog's file choosers with prepared paths (empty = cancelled) and records the suggestions. */
public final class FakeMappingFiles implements MappingFiles {
    public Path list;
    public Path profileToOpen;
    public Path profileToSave;
    public final List<String> suggestedNames = new ArrayList<>();

    @Override
    public Optional<Path> chooseList() {
        return Optional.ofNullable(list);
    }

    @Override
    public Optional<Path> chooseProfileToOpen() {
        return Optional.ofNullable(profileToOpen);
    }

    @Override
    public Optional<Path> chooseProfileToSave(String suggestedName) {
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(profileToSave);
    }
}
