package org.renkei.app.ui.records;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import org.renkei.app.referral.CaseQuery;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.referral.ReferralStatus;
import org.renkei.app.referral.WaitingReferral;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The 紹介記録 list: criteria (患者ID, カナ, 作成日, 状態) or 返事待ち, the matching cases and the selected one. */
public final class CaseListViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(CaseListViewModel.class);

    private final RecordServices services;
    private final TaskRunner runner;
    private final DialogService dialogs;

    // Properties
    private final StringProperty patientId = new SimpleStringProperty("");
    private final StringProperty kana = new SimpleStringProperty("");
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty(anyStatus());
    private final BooleanProperty awaitingOnly = new SimpleBooleanProperty(false);
    private final ReadOnlyListWrapper<CaseRow> rows = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ObjectProperty<CaseRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final RunState searching = new RunState();
    private boolean resetting;
    private long generation;

    CaseListViewModel(RecordServices services, TaskRunner runner, DialogService dialogs) {
        this.services = services;
        this.runner = runner;
        this.dialogs = dialogs;
        awaitingOnly.addListener((obs, was, is) -> {
            if (!resetting) {
                search();
            }
        });
    }

    public StringProperty patientIdProperty() { return patientId; }
    /** The start of the フリガナ (hiragana or katakana). */
    public StringProperty kanaProperty() { return kana; }
    /** 作成日 from, as typed; blank = any. */
    public StringProperty fromProperty() { return from; }
    public StringProperty toProperty() { return to; }
    /** 「すべて」 or one of the seven status labels: at least one destination in it. */
    public StringProperty statusProperty() { return status; }
    /** 返事待ち: referrals sent longer ago than the office's setting without an answer (criteria unused). */
    public BooleanProperty awaitingOnlyProperty() { return awaitingOnly; }
    public ReadOnlyListProperty<CaseRow> rowsProperty() { return rows.getReadOnlyProperty(); }
    /** The case shown in the detail pane. */
    public ObjectProperty<CaseRow> selectedProperty() { return selected; }
    /** 「3 件」. */
    public ReadOnlyStringProperty countProperty() { return count.getReadOnlyProperty(); }
    /** Why the criteria cannot be used, or what the list shows. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return searching.busyProperty(); }
    public ReadOnlyIntegerProperty completedSearchesProperty() { return searching.completedProperty(); }

    /** 「すべて」 then the seven statuses. */
    public static List<String> statusChoices() {
        return Stream.concat(Stream.of(anyStatus()), StatusChangeViewModel.statusChoices().stream()).toList();
    }

    // Commands

    /** 「検索」 (or 返事待ち when that is on); keeps the selected case when it is still listed. */
    public void search() {
        load(selectedId());
    }

    /** Shows every case and selects {@code caseId} (after it was created or saved). */
    public void showCase(long caseId) {
        patientId.set("");
        kana.set("");
        from.set("");
        to.set("");
        status.set(anyStatus());
        resetting = true;
        try {
            awaitingOnly.set(false);
        } finally {
            resetting = false;
        }
        load(caseId);
    }

    /**
     * Puts the stored {@code c} in place of its row (after a status change) and keeps it selected; the 返事待ち list
     * is read again, since the change may have answered the referral.
     */
    public void replace(ReferralCase c) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).caseId() == c.id()) {
                CaseRow row = awaitingOnly.get() ? RecordFormat.row(c, rows.get(i).status()) : RecordFormat.row(c);
                rows.set(i, row);
                selected.set(row);
                break;
            }
        }
        if (awaitingOnly.get()) {
            search();
        }
    }

    // Internals

    /** The rows found and what the message line says about them. */
    private record Listing(List<CaseRow> rows, String note) {
    }

    private void load(long keep) {
        Optional<CaseQuery> query = awaitingOnly.get() ? Optional.of(CaseQuery.all()) : query();
        if (query.isEmpty()) {
            return;
        }
        long run = ++generation;
        BackgroundTask<Listing> task = awaitingOnly.get() ? BackgroundTask.of(this::awaitingRows)
                : BackgroundTask.of(() -> new Listing(services.book().search(query.get()).stream()
                        .map(RecordFormat::row).toList(), ""));
        searching.run(runner, task.onSuccess(found -> {
            if (run == generation) {
                show(found, keep);
            }
        }).onError(e -> UserErrors.show(dialogs, LOG, Messages.get("records.list.failed"), "Listing cases", e)));
    }

    private Optional<CaseQuery> query() {
        Optional<LocalDate> start = DateText.parse(from.get());
        Optional<LocalDate> end = DateText.parse(to.get());
        if ((start.isEmpty() && !DateText.isBlank(from.get())) || (end.isEmpty() && !DateText.isBlank(to.get()))) {
            message.set(Messages.get("records.date.invalid"));
            return Optional.empty();
        }
        message.set("");
        ReferralStatus s = anyStatus().equals(status.get()) || status.get() == null ? null : ReferralStatus.parse(status.get());
        return Optional.of(new CaseQuery(patientId.get(), kana.get(), start.orElse(null), end.orElse(null), s));
    }

    /** One row per case with a referral waiting, longest wait first; the status column says how long. */
    private Listing awaitingRows() {
        int waitDays = services.office().load().waitDays();
        LocalDate today = services.today();
        Map<Long, List<WaitingReferral>> byCase = new LinkedHashMap<>();
        for (WaitingReferral w : services.tracking().awaiting(today, waitDays)) {
            byCase.computeIfAbsent(w.caseId(), id -> new ArrayList<>()).add(w);
        }
        List<CaseRow> out = new ArrayList<>();
        for (Map.Entry<Long, List<WaitingReferral>> e : byCase.entrySet()) {
            long longest = e.getValue().stream().mapToLong(w -> w.daysWaiting(today)).max().orElse(0);
            services.book().get(e.getKey()).ifPresent(c -> out.add(RecordFormat.row(c,
                    Messages.get("records.waiting.status", longest, e.getValue().size()))));
        }
        return new Listing(out, Messages.get("records.waiting.note", waitDays));
    }

    private void show(Listing listing, long keep) {
        List<CaseRow> found = listing.rows();
        message.set(listing.note());
        rows.setAll(found);
        count.set(Messages.get("records.list.count", found.size()));
        selected.set(found.stream().filter(r -> r.caseId() == keep).findFirst()
                .orElse(found.isEmpty() ? null : found.get(0)));
    }

    private long selectedId() {
        return selected.get() == null ? -1 : selected.get().caseId();
    }

    private static String anyStatus() {
        return Messages.get("records.status.any");
    }
}
