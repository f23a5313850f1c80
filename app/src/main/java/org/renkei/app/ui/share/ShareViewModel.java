package org.renkei.app.ui.share;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.renkei.app.knowledge.KnowledgeRejectedException;
import org.renkei.app.knowledge.share.MergeResult;
import org.renkei.app.ui.common.BackgroundTask;
import org.renkei.app.ui.common.DialogService;
import org.renkei.app.ui.common.FileType;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.RunState;
import org.renkei.app.ui.common.TaskRunner;
import org.renkei.app.ui.common.UserErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** ファイル → 連携情報を書き出す… / 連携情報を取り込む…: choose a file, then export, or preview and import. No nodes. */
public final class ShareViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ShareViewModel.class);

    private final KnowledgeShare share;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Supplier<LocalDate> today;

    // Properties
    private final ReadOnlyObjectWrapper<SharePreviewViewModel> preview = new ReadOnlyObjectWrapper<>();
    private final RunState working = new RunState();

    public ShareViewModel(KnowledgeShare share, TaskRunner runner, DialogService dialogs, Supplier<LocalDate> today) {
        this.share = share;
        this.runner = runner;
        this.dialogs = dialogs;
        this.today = today;
    }

    /** The open preview dialog's view model; null when none is open. */
    public ReadOnlyObjectProperty<SharePreviewViewModel> previewProperty() { return preview.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return working.busyProperty(); }

    // Commands

    /** 「連携情報を書き出す…」: everything the office knows as .xlsx (for people) or .json. */
    public void export() {
        Path out = dialogs.chooseFileToSave(Messages.get("share.export.chooser"), "連携情報_" + today.get() + ".xlsx",
                List.of(new FileType(Messages.get("share.filter.xlsx"), "xlsx"),
                        new FileType(Messages.get("share.filter.json"), "json"))).orElse(null);
        if (out == null) {
            return;
        }
        working.run(runner, BackgroundTask.of(() -> share.export(out))
                .onSuccess(k -> dialogs.showInfo(Messages.get("share.export.doneHeader"),
                        Messages.get("share.export.done", k.facilities().size(), k.factCount(), out.toString())))
                .onError(e -> failed(Messages.get("share.export.failed"), "Exporting facility knowledge", e)));
    }

    /** 「連携情報を取り込む…」: reads the chosen file and opens the preview; nothing is written yet. */
    public void chooseImport() {
        Path in = dialogs.chooseFileToOpen(Messages.get("share.import.chooser"), Messages.get("share.filter.any"),
                List.of("xlsx", "json")).orElse(null);
        if (in != null) {
            load(in);
        }
    }

    /** Reads {@code file} and opens its preview. */
    public void load(Path file) {
        working.run(runner, BackgroundTask.of(() -> share.load(file))
                .onSuccess(loaded -> preview.set(new SharePreviewViewModel(share, loaded, runner, this::applied,
                        e -> failed(Messages.get("share.import.failed"), "Importing facility knowledge", e),
                        () -> preview.set(null))))
                .onError(e -> failed(Messages.get("share.import.failed"), "Reading a knowledge file", e)));
    }

    private void applied(MergeResult r) {
        dialogs.showInfo(Messages.get("share.import.doneHeader"), Messages.get("share.import.done", r.added(),
                r.refreshed(), r.tookTheirs(), r.keptOurs(), r.tagsAdded()));
    }

    private void failed(String header, String what, Exception e) {
        if (e instanceof KnowledgeRejectedException) {
            dialogs.showError(header, e.getMessage());
        } else {
            UserErrors.show(dialogs, LOG, header, what, e);
        }
    }
}
