package org.renkei.app.ui.testing;

import org.renkei.app.ui.common.DialogService;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Records dialogs instead of showing them. */
public final class FakeDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public List<Path> filesToChoose = List.of();

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
}
