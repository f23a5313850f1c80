package org.renkei.app.ui.records;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.referral.ReferralStatus;
import org.renkei.app.ui.common.BackgroundTask;
import org.renkei.app.ui.common.DialogService;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.RunState;
import org.renkei.app.ui.common.TaskRunner;
import org.renkei.app.ui.common.UserErrors;
import org.renkei.app.ui.fields.DateText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** 「状態を変更」 for one destination: the new status, its day, a note and, for 転送, to whom. */
public final class StatusChangeViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(StatusChangeViewModel.class);

    private final ReferralCase referralCase;
    private final Destination destination;
    private final ReferralTracking tracking;
    private final LocalDate today;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Consumer<ReferralCase> onSaved;
    private final Runnable onClosed;

    // Properties
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper();
    private final StringProperty status = new SimpleStringProperty();
    private final StringProperty day = new SimpleStringProperty();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty forwardedTo = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper forwarding = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper dayError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper forwardedToError = new ReadOnlyStringWrapper("");
    private final RunState saving = new RunState();
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(false);

    StatusChangeViewModel(ReferralCase referralCase, Destination destination, ReferralTracking tracking,
                          LocalDate today, TaskRunner runner, DialogService dialogs, Consumer<ReferralCase> onSaved,
                          Runnable onClosed) {
        this.referralCase = referralCase;
        this.destination = destination;
        this.tracking = tracking;
        this.today = today;
        this.runner = runner;
        this.dialogs = dialogs;
        this.onSaved = onSaved;
        this.onClosed = onClosed;
        title.set(Messages.get("records.status.title", destination.name()));
        current.set(Messages.get("records.status.current", destination.status().label(),
                DateText.format(destination.statusDate())));
        status.set(next(destination.status()).label());
        day.set(DateText.format(today));
        forwarding.bind(status.isEqualTo(ReferralStatus.FORWARDED.label()));
        dayError.bind(Bindings.createStringBinding(this::dayProblem, day));
        forwardedToError.bind(Bindings.createStringBinding(() -> forwarding.get() && forwardedTo.get().isBlank()
                ? Messages.get("records.status.forwardedTo.required") : "", forwarding, forwardedTo));
        canSave.bind(dayError.isEmpty().and(forwardedToError.isEmpty()).and(saving.busyProperty().not()));
    }

    /** 「府中内科クリニック の状態を変更」. */
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    /** 「現在: 下書き（2026/03/20）」. */
    public ReadOnlyStringProperty currentProperty() { return current.getReadOnlyProperty(); }
    /** The new status: one of {@link #statusChoices()}; starts at the usual next step. */
    public StringProperty statusProperty() { return status; }
    /** The day it happened, as typed; starts at today. */
    public StringProperty dayProperty() { return day; }
    public StringProperty noteProperty() { return note; }
    /** 転送先: required for 転送, cleared for any other status. */
    public StringProperty forwardedToProperty() { return forwardedTo; }
    /** True while 転送 is chosen (the 転送先 field is in use). */
    public ReadOnlyBooleanProperty forwardingProperty() { return forwarding.getReadOnlyProperty(); }
    public ReadOnlyStringProperty dayErrorProperty() { return dayError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty forwardedToErrorProperty() { return forwardedToError.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return saving.busyProperty(); }
    public ReadOnlyBooleanProperty canSaveProperty() { return canSave.getReadOnlyProperty(); }

    /** The seven statuses, in the order of the loop. */
    public static List<String> statusChoices() {
        return Arrays.stream(ReferralStatus.values()).map(ReferralStatus::label).toList();
    }

    // Commands

    /** 「保存」: records the status in the background. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        ReferralStatus s = ReferralStatus.parse(status.get());
        LocalDate on = DateText.parse(day.get()).orElseThrow();
        String to = s == ReferralStatus.FORWARDED ? forwardedTo.get().strip() : "";
        long caseId = referralCase.id();
        saving.run(runner, BackgroundTask.of(() -> tracking.setStatus(caseId, destination.facilityId(), s, on,
                        note.get().strip(), to))
                .onSuccess(onSaved)
                .onError(e -> UserErrors.show(dialogs, LOG, Messages.get("records.status.failed"),
                        "Setting a status in case " + caseId, e)));
    }

    public void cancel() {
        if (!saving.busyProperty().get()) {
            onClosed.run();
        }
    }

    // Internals

    /** The step that usually follows {@code s}. */
    static ReferralStatus next(ReferralStatus s) {
        return switch (s) {
            case DRAFT -> ReferralStatus.SENT;
            case SENT -> ReferralStatus.ACCEPTED;
            case ACCEPTED -> ReferralStatus.FIRST_VISIT;
            case FIRST_VISIT -> ReferralStatus.CLOSED;
            default -> s;
        };
    }

    private String dayProblem() {
        Optional<LocalDate> on = DateText.parse(day.get());
        if (on.isEmpty()) {
            return Messages.get("records.date.invalid");
        }
        return on.get().isAfter(today) ? Messages.get("records.status.day.future") : "";
    }
}
