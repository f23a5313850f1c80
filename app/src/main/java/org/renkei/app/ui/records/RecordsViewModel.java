package org.renkei.app.ui.records;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.ui.casework.ChosenPlan;
import org.renkei.app.ui.common.DialogService;
import org.renkei.app.ui.common.TaskRunner;
import org.renkei.app.ui.exports.GeoExport;
import org.renkei.app.ui.exports.GeoWriter;

/**
 * The 紹介記録 screen: the case list, the selected case, and the two dialogs it opens (the case editor, the status
 * change). A dialog is open while its view model is in {@link #editorProperty()} / {@link #statusChangeProperty()}.
 */
public final class RecordsViewModel {
    private final RecordServices services;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final CaseListViewModel list;
    private final CaseDetailViewModel detail;
    private Runnable onShowRequested = () -> { };
    private Runnable onReferralsChanged = () -> { };
    private boolean loaded;

    // Properties
    private final ReadOnlyObjectWrapper<CaseEditorViewModel> editor = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StatusChangeViewModel> statusChange = new ReadOnlyObjectWrapper<>();

    public RecordsViewModel(RecordServices services, TaskRunner runner, DialogService dialogs) {
        this(services, runner, dialogs, GeoWriter.standard());
    }

    /** @param geoWriter writes the destinations' Excel / GeoJSON / KML exports */
    public RecordsViewModel(RecordServices services, TaskRunner runner, DialogService dialogs, GeoWriter geoWriter) {
        this.services = services;
        this.runner = runner;
        this.dialogs = dialogs;
        this.list = new CaseListViewModel(services, runner, dialogs);
        this.detail = new CaseDetailViewModel(services, runner, dialogs,
                new GeoExport(geoWriter, runner, dialogs), this::edit, this::changeStatus);
        list.selectedProperty().addListener((obs, old, row) -> detail.show(row == null ? null : row.source()));
    }

    public CaseListViewModel list() { return list; }
    public CaseDetailViewModel detail() { return detail; }
    /** The open case editor, or null. */
    public ReadOnlyObjectProperty<CaseEditorViewModel> editorProperty() { return editor.getReadOnlyProperty(); }
    /** The open status change, or null. */
    public ReadOnlyObjectProperty<StatusChangeViewModel> statusChangeProperty() { return statusChange.getReadOnlyProperty(); }

    /** What brings this screen to the front (the main window selects its tab). */
    public void setOnShowRequested(Runnable action) {
        this.onShowRequested = action;
    }

    /**
     * What to do after a case's destinations or their statuses were saved: the acceptance history the case screen
     * ranks by has changed (the main window drops the match data, {@code CaseViewModel::facilitiesChanged}).
     */
    public void setOnReferralsChanged(Runnable action) {
        this.onReferralsChanged = action;
    }

    // Commands

    /** The screen is shown: the list is read the first time. */
    public void shown() {
        if (!loaded) {
            loaded = true;
            list.search();
        }
    }

    /** 「紹介記録を作成…」 on the case screen: the editor for a new case with {@code chosen}. */
    public void newCase(ChosenPlan chosen) {
        if (editor.get() == null) {
            editor.set(CaseEditorViewModel.create(chosen, services.book(), services.today(), runner, dialogs,
                    this::saved, () -> editor.set(null)));
        }
    }

    /** 「編集…」. */
    public void edit(ReferralCase c) {
        if (editor.get() == null) {
            editor.set(CaseEditorViewModel.edit(c, services.book(), services.today(), runner, dialogs,
                    this::saved, () -> editor.set(null)));
        }
    }

    /** 「状態を変更…」 for destination {@code d} of {@code c}. */
    public void changeStatus(ReferralCase c, Destination d) {
        if (statusChange.get() == null) {
            statusChange.set(new StatusChangeViewModel(c, d, services.tracking(), services.today(), runner, dialogs,
                    this::statusChanged, () -> statusChange.set(null)));
        }
    }

    // Internals

    private void saved(ReferralCase c) {
        editor.set(null);
        onReferralsChanged.run();
        loaded = true;
        onShowRequested.run();
        list.showCase(c.id());
    }

    private void statusChanged(ReferralCase c) {
        statusChange.set(null);
        onReferralsChanged.run();
        list.replace(c);
        ReferralCase shown = detail.shownProperty().get();
        if (shown != null && shown.id() == c.id() && shown != c) {
            detail.show(c);
        }
    }
}
