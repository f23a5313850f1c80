package org.renkei.app.ui.importing.mapping;

import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.renkei.app.ui.common.Messages;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** JavaFX file choosers for lists and profiles, remembering the last folder of each. */
public final class FxMappingFiles implements MappingFiles {
    private final Supplier<Window> owner;
    private File listFolder;
    private File profileFolder;

    public FxMappingFiles(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseList() {
        FileChooser chooser = chooser("mapping.chooser.list", listFolder);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("import.chooser.filter.facility"),
                        "*.csv", "*.CSV", "*.xlsx", "*.XLSX", "*.xls", "*.XLS", "*.txt", "*.TXT"),
                new FileChooser.ExtensionFilter(Messages.get("import.chooser.filter.all"), "*.*"));
        File f = chooser.showOpenDialog(owner.get());
        listFolder = f == null ? listFolder : f.getParentFile();
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseProfileToOpen() {
        FileChooser chooser = profileChooser("mapping.chooser.openProfile");
        File f = chooser.showOpenDialog(owner.get());
        profileFolder = f == null ? profileFolder : f.getParentFile();
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseProfileToSave(String suggestedName) {
        FileChooser chooser = profileChooser("mapping.chooser.saveProfile");
        chooser.setInitialFileName(suggestedName);
        File f = chooser.showSaveDialog(owner.get());
        profileFolder = f == null ? profileFolder : f.getParentFile();
        return Optional.ofNullable(f).map(File::toPath);
    }

    private FileChooser profileChooser(String titleKey) {
        FileChooser chooser = chooser(titleKey, profileFolder);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("mapping.chooser.filter.profile"), "*.json", "*.JSON"),
                new FileChooser.ExtensionFilter(Messages.get("import.chooser.filter.all"), "*.*"));
        return chooser;
    }

    private static FileChooser chooser(String titleKey, File folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(titleKey));
        if (folder != null && folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        return chooser;
    }
}
