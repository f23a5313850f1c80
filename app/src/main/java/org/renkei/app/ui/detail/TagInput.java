package org.renkei.app.ui.detail;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import org.renkei.app.domain.CapabilityTag;
import org.renkei.app.knowledge.KnowledgeRejectedException;
import org.renkei.app.ui.common.Messages;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tag field of the knowledge editor: what is typed, the vocabulary tags it suggests, the scope (施設全体 or one of
 * the facility's departments) and the value of a tag that takes one (外国語 → 英語・中国語).
 */
public final class TagInput {
    private static final int SUGGESTIONS = 8;

    private List<CapabilityTag> vocabulary = List.of();

    // Properties
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty department = new SimpleStringProperty("");
    private final StringProperty detail = new SimpleStringProperty("");
    private final ReadOnlyListWrapper<String> suggestions = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<String> departments = new ReadOnlyListWrapper<>(FXCollections.observableArrayList(""));
    private final ReadOnlyBooleanWrapper needsDetail = new ReadOnlyBooleanWrapper(false);

    TagInput() {
        text.addListener((obs, o, n) -> update());
    }

    public StringProperty textProperty() { return text; }
    /** The scope: empty = 施設全体, else a department name from {@link #departmentsProperty()}. */
    public StringProperty departmentProperty() { return department; }
    /** The value of a tag that takes one. */
    public StringProperty detailProperty() { return detail; }
    /** Vocabulary tags containing what is typed (all of them while nothing is typed). */
    public ReadOnlyListProperty<String> suggestionsProperty() { return suggestions.getReadOnlyProperty(); }
    /** "" (施設全体) then the facility's departments. */
    public ReadOnlyListProperty<String> departmentsProperty() { return departments.getReadOnlyProperty(); }
    /** The typed tag takes a value (外国語): the value field is shown. */
    public ReadOnlyBooleanProperty needsDetailProperty() { return needsDetail.getReadOnlyProperty(); }

    void setVocabulary(List<CapabilityTag> tags) {
        vocabulary = List.copyOf(tags);
        update();
    }

    void setDepartments(List<String> names) {
        List<String> all = new ArrayList<>();
        all.add("");
        names.stream().distinct().forEach(all::add);
        departments.setAll(all);
        if (!all.contains(department.get())) {
            department.set("");
        }
    }

    /** The typed tag as a new chip, the field emptied; refused (Japanese message) when unknown or missing a value. */
    TagChip take() {
        String typed = normalize(text.get());
        if (typed.isEmpty()) {
            throw new KnowledgeRejectedException(Messages.get("knowledge.tag.empty"));
        }
        CapabilityTag tag = find(typed).orElseThrow(() -> new KnowledgeRejectedException(suggestions.isEmpty()
                ? Messages.get("knowledge.tag.unknown", typed)
                : Messages.get("knowledge.tag.unknownClose", typed, String.join("、", suggestions))));
        String value = tag.takesDetail() ? normalize(detail.get()) : "";
        if (tag.takesDetail() && value.isEmpty()) {
            throw new KnowledgeRejectedException(Messages.get("knowledge.tag.needsDetail", tag.name()));
        }
        TagChip chip = new TagChip(tag.name(), department.get(), value, null, false);
        text.set("");
        detail.set("");
        return chip;
    }

    /** The tag named exactly, else the only suggestion (「訪問」 → 訪問診療). */
    private Optional<CapabilityTag> find(String typed) {
        Optional<CapabilityTag> exact = vocabulary.stream().filter(t -> t.name().equals(typed)).findFirst();
        if (exact.isPresent() || suggestions.size() != 1) {
            return exact;
        }
        return vocabulary.stream().filter(t -> t.name().equals(suggestions.get(0))).findFirst();
    }

    private void update() {
        String typed = normalize(text.get());
        suggestions.setAll(vocabulary.stream().map(CapabilityTag::name).filter(n -> n.contains(typed))
                .limit(typed.isEmpty() ? vocabulary.size() : SUGGESTIONS).toList());
        needsDetail.set(find(typed).map(CapabilityTag::takesDetail).orElse(false));
    }

    private static String normalize(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
    }
}
