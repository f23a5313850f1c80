package org.renkei.app.ui.testing;

import org.renkei.app.ui.common.DialogService;
import org.renkei.app.ui.common.FileType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records dialogs instead of showing them; choosers answer with preset paths (null = cancelled). */
public final class FakeDialogs implements DialogService {
    public final List<String> errors = new CopyOnWriteArrayList<>();
    public final List<String> infos = new CopyOnWriteArrayList<>();
    public final List<Path> opened = new CopyOnWriteArrayList<>();
    public final List<String> chooserTitles = new ArrayList<>();
    /** The types each multi-type save dialog offered, e.g. [pdf, png]. */
    public final List<List<String>> offeredTypes = new ArrayList<>();
    public List<Path> filesToChoose = List.of();
    public Path folderToChoose;
    public Path fileToSave;
    public Path fileToOpen;

    @Override
    public void showError(String header, String message) {
        errors.add(header + ": " + message);
    }

    @Override
    public void showInfo(String header, String message) {
        infos.add(header + ": " + message);
    }

    @Override
    public List<Path> chooseFilesToImport() {
        return filesToChoose;
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        chooserTitles.add(title);
        return Optional.ofNullable(folderToChoose);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String filterName, String extension) {
        chooserTitles.add(title + " / " + suggestedName);
        return Optional.ofNullable(fileToSave);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types) {
        chooserTitles.add(title + " / " + suggestedName);
        offeredTypes.add(types.stream().map(FileType::extension).toList());
        return Optional.ofNullable(fileToSave);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterName, List<String> extensions) {
        chooserTitles.add(title);
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public void openInSystemViewer(Path file) {
        opened.add(file);
    }
}
