package org.renkei.app.ui.common;

import javafx.application.HostServices;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** JavaFX alerts and file choosers, owned by the main window; files open through the application's host services. */
public final class FxDialogService implements DialogService {
    private static final Logger LOG = LoggerFactory.getLogger(FxDialogService.class);

    private final Supplier<Window> owner;
    private final HostServices host;
    private File lastFolder;

    /** @param host opens written files in the system viewer; null where there is no desktop (nothing is opened) */
    public FxDialogService(Supplier<Window> owner, HostServices host) {
        this.owner = owner;
        this.host = host;
    }

    public FxDialogService(Supplier<Window> owner) {
        this(owner, null);
    }

    @Override
    public void showError(String header, String message) {
        show(Alert.AlertType.ERROR, Messages.get("dialog.error.title"), header, message);
    }

    @Override
    public void showInfo(String header, String message) {
        show(Alert.AlertType.INFORMATION, Messages.get("dialog.info.title"), header, message);
    }

    /** Shows an alert without an owner window (e.g. before the main window exists). */
    public static void showStandaloneError(String header, String message) {
        new FxDialogService(() -> null).showError(header, message);
    }

    private void show(Alert.AlertType type, String title, String header, String message) {
        Alert alert = new Alert(type, "", DialogButtons.OK);
        alert.setTitle(title);
        alert.setHeaderText(header);
        Label content = new Label(message);
        content.setWrapText(true);
        content.setMaxWidth(520);
        alert.getDialogPane().setContent(content);
        Window w = owner.get();
        if (w != null) {
            alert.initOwner(w);
        }
        alert.showAndWait();
    }

    @Override
    public List<Path> chooseFilesToImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("import.chooser.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("import.chooser.filter.facility"),
                        "*.csv", "*.CSV", "*.xlsx", "*.XLSX", "*.xls", "*.XLS", "*.txt", "*.TXT"),
                new FileChooser.ExtensionFilter(Messages.get("import.chooser.filter.all"), "*.*"));
        startIn(chooser);
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        lastFolder = files.get(0).getParentFile();
        return files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File folder = chooser.showDialog(owner.get());
        if (folder == null) {
            return Optional.empty();
        }
        lastFolder = folder;
        return Optional.of(folder.toPath());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        List<FileChooser.ExtensionFilter> filters = types.stream()
                .map(t -> new FileChooser.ExtensionFilter(t.description(), "*." + t.extension())).toList();
        chooser.getExtensionFilters().addAll(filters);
        chooser.setSelectedExtensionFilter(filters.get(0));
        startIn(chooser);
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        if (types.stream().anyMatch(t -> t.matches(file.getName()))) {
            return Optional.of(file.toPath());
        }
        int chosen = filters.indexOf(chooser.getSelectedExtensionFilter());
        FileType type = types.get(Math.max(chosen, 0));
        return Optional.of(file.toPath().resolveSibling(file.getName() + "." + type.extension()));
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterName, List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        List<String> patterns = extensions.stream()
                .flatMap(e -> java.util.stream.Stream.of("*." + e.toLowerCase(Locale.ROOT), "*." + e.toUpperCase(Locale.ROOT)))
                .toList();
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(filterName, patterns),
                new FileChooser.ExtensionFilter(Messages.get("import.chooser.filter.all"), "*.*"));
        startIn(chooser);
        File file = chooser.showOpenDialog(owner.get());
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }

    @Override
    public void openInSystemViewer(Path file) {
        if (host == null || file == null) {
            return;
        }
        try {
            host.showDocument(file.toUri().toString());
        } catch (RuntimeException e) {
            // The file is written; not being able to show it is no error for the user.
            LOG.warn("Could not open a written file in the system viewer ({})", e.getClass().getName());
        }
    }

    private void startIn(FileChooser chooser) {
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
    }
}
