package org.renkei.app.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** JavaFX alerts and file choosers, owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private File lastFolder;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
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
        Alert alert = new Alert(type, "", ButtonType.OK);
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
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        lastFolder = files.get(0).getParentFile();
        return files.stream().map(File::toPath).toList();
    }
}
