package org.renkei.app.ui.detail;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import org.renkei.app.domain.Facility;
import org.renkei.app.domain.LinkedFacility;
import org.renkei.app.ui.common.BackgroundTask;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/** The facility detail pane: every stored field, departments with hours, staff attributes. */
public final class FacilityDetailViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(FacilityDetailViewModel.class);
    private static final long NONE = -1;

    private final FacilityLookup lookup;
    private final TaskRunner runner;
    /** Numbers the loads so that only the latest one is shown (the same facility may be asked for twice). */
    private long requests;
    private long latest = NONE;

    // Properties
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyListWrapper<DetailField> fields = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<HoursRow> departments = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper hoursNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public FacilityDetailViewModel(FacilityLookup lookup, TaskRunner runner) {
        this.lookup = lookup;
        this.runner = runner;
    }

    public ReadOnlyBooleanProperty shownProperty() { return shown.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyListProperty<DetailField> fieldsProperty() { return fields.getReadOnlyProperty(); }
    public ReadOnlyListProperty<HoursRow> departmentsProperty() { return departments.getReadOnlyProperty(); }
    public ReadOnlyStringProperty hoursNoteProperty() { return hoursNote.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    // Commands

    /**
     * Shows the pane and loads the facility in the background. Only the latest request counts: an answer (or a
     * failure) for an earlier one that arrives later is ignored.
     */
    public void open(long facilityId) {
        long request = ++requests;
        latest = request;
        shown.set(true);
        loading.set(true);
        message.set("");
        runner.run(BackgroundTask.of(() -> {
                    Optional<Facility> f = lookup.byId(facilityId);
                    return new Loaded(f, f.isEmpty() ? List.of() : lookup.otherSources(facilityId));
                })
                .onSuccess(loaded -> {
                    if (latest == request) {
                        show(loaded.facility(), loaded.otherSources());
                    }
                })
                .onError(e -> {
                    LOG.error("Loading facility {} failed", facilityId, e);
                    if (latest == request) {
                        clear();
                        message.set(Messages.get("detail.message.failed"));
                    }
                })
                .andFinally(() -> {
                    if (latest == request) {
                        loading.set(false);
                    }
                }));
    }

    /** Hides the pane; a load still running is ignored when it ends. */
    public void close() {
        latest = NONE;
        loading.set(false);
        shown.set(false);
    }

    /** A facility with the other sources that list it. */
    private record Loaded(Optional<Facility> facility, List<LinkedFacility> otherSources) {
    }

    private void show(Optional<Facility> found, List<LinkedFacility> otherSources) {
        if (found.isEmpty()) {
            clear();
            message.set(Messages.get("detail.message.notFound"));
            return;
        }
        Facility f = found.get();
        message.set("");
        title.set(f.name());
        fields.setAll(DetailFormat.fields(f, otherSources));
        List<HoursRow> rows = f.departments().stream().map(HoursRow::of).toList();
        departments.setAll(rows);
        boolean anyHours = f.departments().stream().anyMatch(d -> !d.hours().isEmpty());
        hoursNote.set(rows.isEmpty() ? Messages.get("detail.departments.none")
                : anyHours ? "" : Messages.get("detail.hours.unknown"));
    }

    private void clear() {
        title.set("");
        fields.clear();
        departments.clear();
        hoursNote.set("");
    }
}
