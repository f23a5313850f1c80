package org.renkei.app.ui.detail;

import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import org.renkei.app.referral.AcceptanceStats;
import org.renkei.app.referral.FacilityReferral;
import org.renkei.app.referral.MonthCount;
import org.renkei.app.ui.common.BackgroundTask;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * 「紹介実績」 of the detail pane: the referrals to the facility (table), the last twelve months sent / accepted (chart,
 * from the acceptance history the ranking uses) and the acceptance rate with its sample size.
 */
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
    /** 「紹介 6 件・受入 3 件（回答 5 件中 60%）」, 「紹介 1 件（回答待ち）」 or 「紹介の記録はありません」. */
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
        YearMonth to = YearMonth.now(clock);
        runner.run(BackgroundTask.of(() -> new Loaded(desk.referrals(id), desk.monthly(id, to.minusMonths(MONTHS - 1), to),
                        desk.acceptance(id)))
                .onSuccess(loaded -> {
                    if (facilityId == id) {
                        show(loaded);
                    }
                })
                .onError(e -> {
                    LOG.error("Loading the referrals of facility {} failed", id, e);
                    summary.set(Messages.get("history.failed"));
                }));
    }

    private record Loaded(List<FacilityReferral> referrals, List<MonthCount> months, AcceptanceStats stats) {
    }

    private void show(Loaded l) {
        rows.setAll(l.referrals().stream().map(HistoryRow::of).toList());
        months.setAll(l.months().stream().map(m -> new MonthBar(MONTH.format(m.month()), m.sent(), m.accepted()))
                .toList());
        AcceptanceStats s = l.stats();
        summary.set(s.sent() == 0 ? Messages.get("history.none") : s.rate() == null
                ? Messages.get("history.summary.pending", s.sent())
                : Messages.get("history.summary", s.sent(), s.accepted(), s.answered(), Math.round(100 * s.rate())));
    }
}
