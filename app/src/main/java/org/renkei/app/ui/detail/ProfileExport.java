package org.renkei.app.ui.detail;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.renkei.app.ui.common.BackgroundTask;
import org.renkei.app.ui.common.DialogService;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/** 「施設紹介シートを出力…」: asks for a PDF file, writes the facility's profile sheet in the background. */
public final class ProfileExport {
    private static final Logger LOG = LoggerFactory.getLogger(ProfileExport.class);

    private final FacilityDesk desk;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Clock clock;
    private long facilityId = -1;
    private String name = "";

    // Properties
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    ProfileExport(FacilityDesk desk, TaskRunner runner, DialogService dialogs, Clock clock) {
        this.desk = desk;
        this.runner = runner;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    /** Whether the sheet can be written at all (a knowledge store and a dialog service). */
    public boolean available() {
        return desk.available() && dialogs != null;
    }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** 「施設紹介シートを書き出しました: …」 or why not. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    void setFacility(long id, String facilityName) {
        if (id != facilityId) {
            message.set("");
        }
        facilityId = id;
        name = facilityName;
    }

    // Commands

    public void export() {
        if (!available() || facilityId < 0 || busy.get()) {
            return;
        }
        String suggested = Messages.get("profile.file", name.isBlank() ? String.valueOf(facilityId)
                : name.replaceAll("[\\\\/:*?\"<>|]", "_"));
        dialogs.chooseFileToSave(Messages.get("profile.title"), suggested, Messages.get("profile.filter"), "pdf")
                .ifPresent(this::write);
    }

    private void write(Path pdf) {
        long id = facilityId;
        LocalDate today = LocalDate.now(clock);
        busy.set(true);
        message.set("");
        runner.run(BackgroundTask.ofRunnable(() -> desk.writeProfile(id, today, pdf))
                .onSuccess(v -> message.set(Messages.get("profile.done", pdf.getFileName().toString())))
                .onError(e -> {
                    LOG.error("Writing the profile sheet of facility {} failed", id, e);
                    message.set(Messages.get("profile.failed"));
                })
                .andFinally(() -> busy.set(false)));
    }
}
