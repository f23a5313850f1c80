package org.renkei.app.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.renkei.app.referral.OfficeSettings;
import org.renkei.app.ui.common.BackgroundTask;
import org.renkei.app.ui.common.DialogService;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.RunState;
import org.renkei.app.ui.common.TaskRunner;
import org.renkei.app.ui.common.UserErrors;
import org.renkei.app.ui.records.OfficeSettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.text.Normalizer;
import java.util.List;

/** 設定 → 「自院の情報」: the letter head (name, address, phone, FAX, logo), 和暦/西暦 and the 返事待ち days. */
public final class OfficeSettingsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(OfficeSettingsViewModel.class);
    public static final int MAX_WAIT_DAYS = 365;

    private final OfficeSettingsStore store;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Runnable onClosed;

    // Properties
    private final StringProperty hospitalName = new SimpleStringProperty("");
    private final StringProperty postalCode = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty fax = new SimpleStringProperty("");
    private final StringProperty logoPath = new SimpleStringProperty("");
    private final BooleanProperty eraDates = new SimpleBooleanProperty(true);
    private final StringProperty waitDays = new SimpleStringProperty(String.valueOf(OfficeSettings.DEFAULT_WAIT_DAYS));
    private final ReadOnlyStringWrapper waitDaysError = new ReadOnlyStringWrapper("");
    private final RunState working = new RunState();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(false);

    public OfficeSettingsViewModel(OfficeSettingsStore store, TaskRunner runner, DialogService dialogs,
                                   Runnable onClosed) {
        this.store = store;
        this.runner = runner;
        this.dialogs = dialogs;
        this.onClosed = onClosed;
        waitDaysError.bind(Bindings.createStringBinding(() -> days(waitDays.get()) < 0
                ? Messages.get("settings.waitDays.invalid", MAX_WAIT_DAYS) : "", waitDays));
        canSave.bind(loaded.and(waitDaysError.isEmpty()).and(working.busyProperty().not()));
    }

    /** 医療機関名 (the letter's sender). */
    public StringProperty hospitalNameProperty() { return hospitalName; }
    public StringProperty postalCodeProperty() { return postalCode; }
    public StringProperty addressProperty() { return address; }
    public StringProperty phoneProperty() { return phone; }
    public StringProperty faxProperty() { return fax; }
    /** A PNG or JPEG printed in the letter head; empty for none. */
    public StringProperty logoPathProperty() { return logoPath; }
    /** True: 和暦 (令和8年11月20日); false: 西暦. */
    public BooleanProperty eraDatesProperty() { return eraDates; }
    /** 返事待ちの日数, as typed. */
    public StringProperty waitDaysProperty() { return waitDays; }
    public ReadOnlyStringProperty waitDaysErrorProperty() { return waitDaysError.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return working.busyProperty(); }
    /** The stored settings were read (saving before that could overwrite them with blanks). */
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canSaveProperty() { return canSave.getReadOnlyProperty(); }

    // Commands

    /** Reads the stored settings into the fields (when the dialog opens). */
    public void load() {
        working.run(runner, BackgroundTask.of(store::load).onSuccess(this::fill)
                .onError(e -> {
                    UserErrors.show(dialogs, LOG, Messages.get("settings.loadFailed"), "Reading office settings", e);
                    onClosed.run();
                }));
    }

    /** 「選択…」 next to the logo. */
    public void chooseLogo() {
        dialogs.chooseFileToOpen(Messages.get("settings.logo.chooser"), Messages.get("settings.logo.filter"),
                List.of("png", "jpg", "jpeg")).ifPresent(p -> logoPath.set(p.toString()));
    }

    /** 「保存」: stores the settings in the background and closes. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        OfficeSettings s = new OfficeSettings(hospitalName.get().strip(), postalCode.get().strip(),
                address.get().strip(), phone.get().strip(), fax.get().strip(), logoPath.get().strip(), eraDates.get(),
                days(waitDays.get()));
        working.run(runner, BackgroundTask.of(() -> store.save(s)).onSuccess(saved -> onClosed.run())
                .onError(e -> UserErrors.show(dialogs, LOG, Messages.get("settings.saveFailed"),
                        "Saving office settings", e)));
    }

    public void cancel() {
        if (!working.busyProperty().get()) {
            onClosed.run();
        }
    }

    // Internals

    private void fill(OfficeSettings s) {
        hospitalName.set(s.hospitalName());
        postalCode.set(s.postalCode());
        address.set(s.address());
        phone.set(s.phone());
        fax.set(s.fax());
        logoPath.set(s.logoPath());
        eraDates.set(s.eraDates());
        waitDays.set(String.valueOf(s.waitDays()));
        loaded.set(true);
    }

    /** 1–365 from the text (full-width digits allowed), or -1. */
    private static int days(String text) {
        String t = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        if (!t.matches("\\d{1,3}")) {
            return -1;
        }
        int n = Integer.parseInt(t);
        return n >= 1 && n <= MAX_WAIT_DAYS ? n : -1;
    }
}
