package org.renkei.app.ui.links;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import org.renkei.app.domain.FacilityLink;
import org.renkei.app.ui.common.BackgroundTask;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * 「同一施設の確認」: the pairs of facilities from different sources that the linker was not sure about; a person marks
 * each one 同一 (the same facility: shown once from now on) or 別施設 (two facilities: never asked again).
 */
public final class LinkReviewViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(LinkReviewViewModel.class);

    private final LinkReview review;
    private final TaskRunner runner;
    private Runnable onDecided = () -> { };

    // Properties
    private final ReadOnlyListWrapper<LinkRow> rows = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ObjectProperty<LinkRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding canDecide;

    public LinkReviewViewModel(LinkReview review, TaskRunner runner) {
        this.review = review;
        this.runner = runner;
        this.canDecide = Bindings.createBooleanBinding(() -> selected.get() != null && !busy.get(), selected, busy);
    }

    public ReadOnlyListProperty<LinkRow> rowsProperty() { return rows.getReadOnlyProperty(); }
    /** The pair the buttons act on (the view keeps it in step with the table selection). */
    public ObjectProperty<LinkRow> selectedProperty() { return selected; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** 「確認待ち N 組」, 「確認待ちの組はありません。」 or what failed. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** True when a pair is selected and nothing is running. */
    public BooleanBinding canDecideProperty() { return canDecide; }

    /** Called on the UI thread after each decision (search results and the match index may change). */
    public void setOnDecided(Runnable onDecided) {
        this.onDecided = onDecided;
    }

    // Commands

    /** Reads the pending pairs. */
    public void load() {
        busy.set(true);
        runner.run(BackgroundTask.of(review::pending)
                .onSuccess(this::show)
                .onError(e -> failed("Loading pending links", e))
                .andFinally(() -> busy.set(false)));
    }

    /** The selected pair is one facility. */
    public void confirmSelected() {
        decide(true);
    }

    /** The selected pair is two facilities. */
    public void rejectSelected() {
        decide(false);
    }

    private void decide(boolean same) {
        LinkRow row = selected.get();
        if (row == null || busy.get()) {
            return;
        }
        busy.set(true);
        runner.run(BackgroundTask.of(() -> {
                    if (same) {
                        review.confirm(row.id());
                    } else {
                        review.reject(row.id());
                    }
                    return review.pending();
                })
                .onSuccess(pending -> {
                    show(pending);
                    onDecided.run();
                })
                .onError(e -> failed("Deciding link " + row.id(), e))
                .andFinally(() -> busy.set(false)));
    }

    private void show(List<FacilityLink> pending) {
        rows.setAll(pending.stream().map(LinkRow::of).toList());
        selected.set(rows.isEmpty() ? null : rows.get(0));
        message.set(rows.isEmpty() ? Messages.get("links.none") : Messages.get("links.count", rows.size()));
    }

    private void failed(String what, Exception e) {
        LOG.error("{} failed", what, e);
        message.set(Messages.get("links.failed"));
    }
}
