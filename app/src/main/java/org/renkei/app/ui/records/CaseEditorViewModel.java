package org.renkei.app.ui.records;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.ui.casework.ChosenPlan;
import org.renkei.app.ui.common.BackgroundTask;
import org.renkei.app.ui.common.DialogService;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.RunState;
import org.renkei.app.ui.common.TaskRunner;
import org.renkei.app.ui.common.UserErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * The case editor: a new case from the case screen's chosen plan (patient, doctor and letter body entered here),
 * or a stored case edited (its plan and needs stay as they are). Saving stores the case, then for a new case the
 * plan; the editor closes itself through {@code onSaved} / {@code onClosed}.
 */
public final class CaseEditorViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(CaseEditorViewModel.class);

    private final CaseBook book;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ReferralCase original;
    private final ChosenPlan chosen;
    private final LocalDate today;
    private final Consumer<ReferralCase> onSaved;
    private final Runnable onClosed;
    private final PatientForm patient;
    private final LetterForm letter = new LetterForm();

    // Properties
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper needs = new ReadOnlyStringWrapper();
    private final ReadOnlyListWrapper<String> planLines = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final RunState saving = new RunState();
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(false);

    private CaseEditorViewModel(ReferralCase original, ChosenPlan chosen, CaseBook book, LocalDate today,
                                TaskRunner runner, DialogService dialogs, Consumer<ReferralCase> onSaved,
                                Runnable onClosed) {
        this.original = original;
        this.chosen = chosen;
        this.book = book;
        this.today = today;
        this.runner = runner;
        this.dialogs = dialogs;
        this.onSaved = onSaved;
        this.onClosed = onClosed;
        this.patient = new PatientForm(today);
        canSave.bind(patient.validProperty().and(saving.busyProperty().not()));
    }

    /** A new case for {@code chosen}: needs, address and plan from the case screen. */
    static CaseEditorViewModel create(ChosenPlan chosen, CaseBook book, LocalDate today, TaskRunner runner,
                                      DialogService dialogs, Consumer<ReferralCase> onSaved, Runnable onClosed) {
        CaseEditorViewModel vm = new CaseEditorViewModel(null, chosen, book, today, runner, dialogs, onSaved, onClosed);
        vm.title.set(Messages.get("records.editor.title.new"));
        vm.needs.set(RecordFormat.needs(chosen.needs()));
        vm.planLines.setAll(RecordFormat.planLines(chosen.plan()));
        vm.patient.addressProperty().set(chosen.address());
        return vm;
    }

    /** The stored case {@code c}, every field filled in. */
    static CaseEditorViewModel edit(ReferralCase c, CaseBook book, LocalDate today, TaskRunner runner,
                                    DialogService dialogs, Consumer<ReferralCase> onSaved, Runnable onClosed) {
        CaseEditorViewModel vm = new CaseEditorViewModel(c, null, book, today, runner, dialogs, onSaved, onClosed);
        vm.title.set(Messages.get("records.editor.title.edit", c.patient().id()));
        vm.needs.set(RecordFormat.needs(c.needs()));
        vm.planLines.setAll(RecordFormat.planLines(c.destinations()));
        vm.patient.fill(c.patient(), c.referrer());
        vm.letter.fill(c.details());
        return vm;
    }

    /** The patient and the referring doctor. */
    public PatientForm patient() { return patient; }
    /** The letter body. */
    public LetterForm letter() { return letter; }
    /** 「紹介記録を作成」 or 「紹介記録を編集（患者ID P-1）」. */
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    /** The departments, kept departments and distance the plan was found for. */
    public ReadOnlyStringProperty needsProperty() { return needs.getReadOnlyProperty(); }
    /** One line per clinic of the plan. */
    public ReadOnlyListProperty<String> planLinesProperty() { return planLines.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return saving.busyProperty(); }
    /** Required fields filled, dates readable, not saving now. */
    public ReadOnlyBooleanProperty canSaveProperty() { return canSave.getReadOnlyProperty(); }

    // Commands

    /** Fills the patient, doctor and letter body from {@code c} (a case read from a file); needs and plan stay. */
    public void fillFrom(ReferralCase c) {
        patient.fill(c.patient(), c.referrer());
        letter.fill(c.details());
    }

    /** 「保存」: stores the case (and a new case's plan) in the background. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        ReferralCase entered = entered();
        if (original == null) {
            saving.run(runner, BackgroundTask.of(() -> createWithPlan(entered)).onSuccess(this::created)
                    .onError(e -> UserErrors.show(dialogs, LOG, Messages.get("records.editor.failed"),
                            "Creating a case", e)));
        } else {
            saving.run(runner, BackgroundTask.of(() -> book.update(entered)).onSuccess(onSaved)
                    .onError(e -> UserErrors.show(dialogs, LOG, Messages.get("records.editor.failed"),
                            "Updating case " + original.id(), e)));
        }
    }

    /** 「キャンセル」: closes without saving. */
    public void cancel() {
        if (!saving.busyProperty().get()) {
            onClosed.run();
        }
    }

    // Internals

    private record Created(ReferralCase stored, RuntimeException planFailure) {
    }

    private ReferralCase entered() {
        if (original == null) {
            return new ReferralCase(0, patient.patient(), patient.referrer(), letter.details(), chosen.needs(),
                    chosen.homeLat(), chosen.homeLng(), List.of(), today, null);
        }
        return new ReferralCase(original.id(), patient.patient(), patient.referrer(), letter.details(),
                original.needs(), original.homeLat(), original.homeLng(), original.destinations(),
                original.createdOn(), original.updatedAt());
    }

    /** Two transactions: a refused plan leaves the stored case without destinations, and the user is told. */
    private Created createWithPlan(ReferralCase draft) {
        ReferralCase stored = book.create(draft);
        try {
            return new Created(book.choosePlan(stored.id(), chosen.plan()), null);
        } catch (RuntimeException e) {
            return new Created(stored, e);
        }
    }

    private void created(Created c) {
        if (c.planFailure() != null) {
            UserErrors.show(dialogs, LOG, Messages.get("records.editor.planFailed"),
                    "Choosing the plan of case " + c.stored().id(), c.planFailure());
        }
        onSaved.accept(c.stored());
    }
}
