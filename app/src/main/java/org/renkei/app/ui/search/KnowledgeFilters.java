package org.renkei.app.ui.search;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import org.renkei.app.ui.common.BackgroundTask;
import org.renkei.app.ui.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.Supplier;

/**
 * The search screen's filters on the office's knowledge: capability tags the facility must all have, and 要確認のみ
 * (only facilities with facts older than the stale age).
 */
public final class KnowledgeFilters {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeFilters.class);

    private final TaskRunner runner;
    private Supplier<List<String>> vocabulary = List::of;
    private List<String> all = List.of();

    // Properties
    private final ReadOnlyListWrapper<String> tags = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<String> choices = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final BooleanProperty staleOnly = new SimpleBooleanProperty(false);

    KnowledgeFilters(TaskRunner runner) {
        this.runner = runner;
    }

    /** The chosen tags, in the order chosen. */
    public ReadOnlyListProperty<String> tagsProperty() { return tags.getReadOnlyProperty(); }
    /** The vocabulary tags not chosen yet. */
    public ReadOnlyListProperty<String> choicesProperty() { return choices.getReadOnlyProperty(); }
    public BooleanProperty staleOnlyProperty() { return staleOnly; }

    /** Where the tag names come from (the capability vocabulary); slow, read in the background by {@link #reload()}. */
    public void setVocabulary(Supplier<List<String>> names) {
        this.vocabulary = names;
    }

    // Commands

    /** Reads the vocabulary again (at start, and when the office added a tag). */
    public void reload() {
        runner.run(BackgroundTask.of(vocabulary::get)
                .onSuccess(names -> {
                    all = List.copyOf(names);
                    updateChoices();
                })
                .onError(e -> LOG.warn("Reading the capability vocabulary failed: {}", e.toString())));
    }

    public void add(String tag) {
        if (tag != null && choices.contains(tag)) {
            tags.add(tag);
            updateChoices();
        }
    }

    public void remove(String tag) {
        if (tags.remove(tag)) {
            updateChoices();
        }
    }

    private void updateChoices() {
        choices.setAll(all.stream().filter(n -> !tags.contains(n)).toList());
    }
}
