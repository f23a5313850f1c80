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
import org.renkei.app.ui.common.DialogService;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The facility detail pane: every stored field, departments with hours, staff attributes. */
public final class FacilityDetailViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(FacilityDetailViewModel.class);
    private static final long NONE = -1;

    private final FacilityLookup lookup;
    private final TaskRunner runner;
    private final KnowledgeEditorViewModel knowledge;
    private final HistoryViewModel history;
    private final ProfileExport profile;
    private final FacilityDesk desk;
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

    /** A pane with the imported record only (no knowledge, history or profile sheet). */
    public FacilityDetailViewModel(FacilityLookup lookup, TaskRunner runner) {
        this(lookup, FacilityDesk.NONE, runner, null, Clock.systemDefaultZone());
    }

    /**
     * @param desk    the facility knowledge, referral history and profile sheet
     * @param dialogs asks where to save the profile sheet (null with {@link FacilityDesk#NONE})
     * @param clock   today's date: what is stale, 確認日 of a confirmation, the chart's months
     */
    public FacilityDetailViewModel(FacilityLookup lookup, FacilityDesk desk, TaskRunner runner, DialogService dialogs,
                                   Clock clock) {
        this.lookup = lookup;
        this.runner = runner;
        this.desk = desk;
        this.knowledge = new KnowledgeEditorViewModel(desk, runner, clock);
        this.history = new HistoryViewModel(desk, runner, clock);
        this.profile = new ProfileExport(desk, runner, dialogs, clock);
    }

    /** Whether the 連携情報 and 紹介実績 tabs are offered (there is a knowledge store). */
    public boolean hasKnowledge() { return desk.available(); }
    /** 「連携情報」. */
    public KnowledgeEditorViewModel knowledge() { return knowledge; }
    /** 「紹介実績」. */
    public HistoryViewModel history() { return history; }
    /** 「施設紹介シートを出力…」. */
    public ProfileExport profile() { return profile; }

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
        knowledge.load(facilityId);
        history.load(facilityId);
        profile.setFacility(facilityId, "");
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
        profile.setFacility(f.id(), f.name());
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
