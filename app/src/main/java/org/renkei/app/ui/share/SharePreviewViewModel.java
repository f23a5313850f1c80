package org.renkei.app.ui.share;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import org.renkei.app.domain.CapabilityTag;
import org.renkei.app.knowledge.share.Comparison;
import org.renkei.app.knowledge.share.MergePolicy;
import org.renkei.app.knowledge.share.MergePreview;
import org.renkei.app.knowledge.share.MergeResult;
import org.renkei.app.ui.common.BackgroundTask;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.RunState;
import org.renkei.app.ui.common.TaskRunner;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * 「連携情報の取り込み」: the counts of a file's facts against ours, the conflicts with a side per row (相手 / 自院) that
 * the policy buttons set for all rows, and the apply button. Nothing is written before {@link #apply()}. No nodes.
 */
public final class SharePreviewViewModel {
    private final KnowledgeShare share;
    private final KnowledgeShare.Loaded loaded;
    private final TaskRunner runner;
    private final Consumer<MergeResult> onApplied;
    private final Consumer<Exception> onFailed;
    private final Runnable onClose;

    // Properties
    private final ReadOnlyListWrapper<ConflictRow> conflicts = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyObjectWrapper<MergePolicy> policy = new ReadOnlyObjectWrapper<>(MergePolicy.OURS);
    private final RunState working = new RunState();

    SharePreviewViewModel(KnowledgeShare share, KnowledgeShare.Loaded loaded, TaskRunner runner,
                          Consumer<MergeResult> onApplied, Consumer<Exception> onFailed, Runnable onClose) {
        this.share = share;
        this.loaded = loaded;
        this.runner = runner;
        this.onApplied = onApplied;
        this.onFailed = onFailed;
        this.onClose = onClose;
        MergePreview p = loaded.preview();
        p.conflicts().forEach(c -> conflicts.add(new ConflictRow(c, MergePolicy.OURS.decide(c.ours(), c.theirs()))));
    }

    public ReadOnlyListProperty<ConflictRow> conflictsProperty() { return conflicts.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<MergePolicy> policyProperty() { return policy.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return working.busyProperty(); }

    /** The window title: the file's name. */
    public String title() {
        return Messages.get("share.preview.title", loaded.incoming().fileName());
    }

    /** 「施設 3 件（一覧にない施設 0 件）・新規 3・同一 1（確認日の更新 1）・競合 3」 and the office that wrote it. */
    public String summary() {
        MergePreview p = loaded.preview();
        String office = p.office().isEmpty() ? Messages.get("share.preview.officeUnknown") : p.office();
        String text = Messages.get("share.preview.summary", office, p.exportedAt().toLocalDate().toString(),
                p.facilities(), p.unknownFacilities().size(), p.count(Comparison.Outcome.NEW),
                p.count(Comparison.Outcome.SAME), p.refreshed(), p.count(Comparison.Outcome.CONFLICT));
        if (!p.newTags().isEmpty()) {
            text += "\n" + Messages.get("share.preview.newTags",
                    String.join("、", p.newTags().stream().map(CapabilityTag::name).toList()));
        }
        return text;
    }

    // Commands

    /** A policy button: every conflict row takes the side the policy gives it (the user may still change rows). */
    public void usePolicy(MergePolicy p) {
        policy.set(p);
        conflicts.forEach(r -> r.sideProperty().set(p.decide(r.comparison().ours(), r.comparison().theirs())));
    }

    /** 「取り込む」: writes the new facts and each conflict on its row's side, in one transaction. */
    public void apply() {
        if (working.busyProperty().get()) {
            return;
        }
        Map<Comparison.Id, MergePolicy.Side> choices = new HashMap<>();
        conflicts.forEach(r -> choices.put(r.comparison().id(), r.sideProperty().get()));
        MergePolicy p = policy.get();
        working.run(runner, BackgroundTask.of(() -> share.apply(loaded.incoming(), p, choices))
                .onSuccess(r -> {
                    onClose.run();
                    onApplied.accept(r);
                })
                .onError(onFailed));
    }

    public void cancel() {
        onClose.run();
    }
}
