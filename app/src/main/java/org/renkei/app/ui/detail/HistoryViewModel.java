package org.renkei.app.ui.detail;

import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import org.renkei.app.cases.FacilityReferrals;
import org.renkei.app.referral.FacilityReferral;
import org.renkei.app.ui.common.BackgroundTask;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** 「紹介実績」 of the detail pane: the referrals to the facility and the last twelve months sent / accepted. */
public final class HistoryViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryViewModel.class);
    static final int MONTHS = 12;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy/MM");

    private final FacilityDesk desk;
    private final TaskRunner runner;
    private final Clock clock;
    private long facilityId = -1;

    // Properties
    private final ReadOnlyListWrapper<HistoryRow> rows = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<MonthBar> months = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public HistoryViewModel(FacilityDesk desk, TaskRunner runner, Clock clock) {
        this.desk = desk;
        this.runner = runner;
        this.clock = clock;
    }

    public ReadOnlyListProperty<HistoryRow> rowsProperty() { return rows.getReadOnlyProperty(); }
    /** The last {@value #MONTHS} months, oldest first, months without referrals included. */
    public ReadOnlyListProperty<MonthBar> monthsProperty() { return months.getReadOnlyProperty(); }
    /** 「紹介 5 件・受入 3 件（受入率 60%）」 or 「紹介の記録はありません」. */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }

    // Commands

    public void load(long id) {
        facilityId = id;
        rows.clear();
        months.clear();
        summary.set("");
        if (!desk.available()) {
            return;
        }
        runner.run(BackgroundTask.of(() -> desk.referrals(id))
                .onSuccess(list -> {
                    if (facilityId == id) {
                        show(list);
                    }
                })
                .onError(e -> {
                    LOG.error("Loading the referrals of facility {} failed", id, e);
                    summary.set(Messages.get("history.failed"));
                }));
    }

    private void show(List<FacilityReferral> list) {
        rows.setAll(list.stream().map(HistoryRow::of).toList());
        YearMonth to = YearMonth.now(clock);
        months.setAll(FacilityReferrals.monthly(list, to.minusMonths(MONTHS - 1), to).stream()
                .map(m -> new MonthBar(MONTH.format(m.month()), m.sent(), m.accepted())).toList());
        long sent = list.stream().filter(r -> r.sentOn() != null).count();
        long accepted = list.stream().filter(r -> r.acceptedOn() != null).count();
        summary.set(sent == 0 ? Messages.get("history.none")
                : Messages.get("history.summary", sent, accepted, Math.round(100.0 * accepted / sent)));
    }
}
