package org.renkei.app.ui.casework;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import org.renkei.app.match.Opening;
import org.renkei.app.match.RequireSpec;
import org.renkei.app.match.Requirement;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.fields.DepartmentPicker;
import org.renkei.app.ui.fields.DepartmentSuggester;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The inputs of the case screen: departments (with keep switches), address, distance, conditions (three check boxes
 * and any capability tag of the office's vocabulary), plan count.
 */
public final class CaseForm {
    public static final double MIN_KM = 1;
    public static final double MAX_KM = 20;
    public static final double DEFAULT_KM = 5;
    public static final int MIN_TOP = 1;
    public static final int MAX_TOP = 5;
    public static final int DEFAULT_TOP = 3;

    private final DepartmentPicker picker;
    private final DepartmentPicker tags;
    private volatile List<String> tagChoices = List.of();
    private Supplier<List<String>> tagVocabulary = List::of;

    // Properties
    private final ReadOnlyListWrapper<KeepToggle> keepToggles = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final StringProperty address = new SimpleStringProperty("");
    private final DoubleProperty km = new SimpleDoubleProperty(DEFAULT_KM);
    private final ReadOnlyStringWrapper kmText = new ReadOnlyStringWrapper();
    private final Map<Requirement, BooleanProperty> require = new EnumMap<>(Requirement.class);
    private final Map<Opening, BooleanProperty> open = new EnumMap<>(Opening.class);
    private final BooleanProperty subDepartments = new SimpleBooleanProperty(false);
    private final IntegerProperty top = new SimpleIntegerProperty(DEFAULT_TOP);
    private final BooleanProperty preferHistory = new SimpleBooleanProperty(false);

    CaseForm(DepartmentSuggester suggester) {
        this.picker = new DepartmentPicker(suggester);
        this.tags = new DepartmentPicker(this::suggestTags, typed -> Messages.get("casework.tags.unknown", typed));
        for (Requirement r : Requirement.values()) {
            require.put(r, new SimpleBooleanProperty(false));
        }
        for (Opening o : Opening.values()) {
            open.put(o, new SimpleBooleanProperty(false));
        }
        kmText.bind(Bindings.createStringBinding(() -> Messages.get("casework.km.value", CaseFormat.km(km.get())), km));
        picker.departmentsProperty().addListener((ListChangeListener<String>) c -> syncKeepToggles());
    }

    /** The 必要な診療科 chip field. */
    public DepartmentPicker departments() { return picker; }
    /** One 「病院で継続」 switch per chosen department, in the chips' order. */
    public ReadOnlyListProperty<KeepToggle> keepTogglesProperty() { return keepToggles.getReadOnlyProperty(); }
    /** 患者住所, or 「緯度,経度」. */
    public StringProperty addressProperty() { return address; }
    /** The distance limit in km ({@value #MIN_KM}–{@value #MAX_KM}). */
    public DoubleProperty kmProperty() { return km; }
    /** 「5 km 以内」. */
    public ReadOnlyStringProperty kmTextProperty() { return kmText.getReadOnlyProperty(); }
    public BooleanProperty requireProperty(Requirement r) { return require.get(r); }
    /** The 「必要な対応」 chip field: capability tags every covering clinic must have (在宅酸素 …). */
    public DepartmentPicker tags() { return tags; }
    public BooleanProperty openProperty(Opening o) { return open.get(o); }
    /** 下位の診療科も可（循環器内科で内科など）. */
    public BooleanProperty subDepartmentsProperty() { return subDepartments; }
    /** 案の数 ({@value #MIN_TOP}–{@value #MAX_TOP}). */
    public IntegerProperty topProperty() { return top; }
    /** 実績優先: after the fewest facilities, rank by 登録医 / acceptance history / freshness before distance. */
    public BooleanProperty preferHistoryProperty() { return preferHistory; }

    // Commands

    /** Where the capability tag names come from (the office's vocabulary); slow, read by {@link #loadTags()}. */
    public void setTagVocabulary(Supplier<List<String>> names) {
        this.tagVocabulary = names;
    }

    /** Reads the tag names to suggest (a background task's body; the vocabulary grows as the office adds tags). */
    List<String> loadTags() {
        return tagVocabulary.get();
    }

    /** The tag names the chip field suggests. */
    void setTagChoices(List<String> names) {
        tagChoices = List.copyOf(names);
        tags.refreshSuggestions();
    }

    /** Sets the 「病院で継続」 switch of a chosen department. */
    public void setKeep(String department, boolean kept) {
        keepToggles.stream().filter(t -> t.department().equals(department)).forEach(t -> t.keepProperty().set(kept));
    }

    CaseInput snapshot() {
        Set<String> kept = keepToggles.stream().filter(t -> t.keepProperty().get()).map(KeepToggle::department)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<Requirement> codes = EnumSet.noneOf(Requirement.class);
        codes.addAll(chosen(require));
        List<String> named = new ArrayList<>();
        for (String t : tags.departmentsProperty()) {
            Requirement.forTag(t).ifPresentOrElse(codes::add, () -> named.add(t));
        }
        return new CaseInput(picker.departmentsProperty(), kept, clamp(km.get(), MIN_KM, MAX_KM), codes, named,
                chosen(open), subDepartments.get(), (int) clamp(top.get(), MIN_TOP, MAX_TOP), preferHistory.get());
    }

    /** Vocabulary names containing what is typed (NFKC), those starting with it first. */
    private List<String> suggestTags(String typed, int limit) {
        String t = RequireSpec.tagName(typed);
        List<String> all = tagChoices;
        return Stream.concat(all.stream().filter(n -> n.startsWith(t)),
                        all.stream().filter(n -> !n.startsWith(t) && n.contains(t)))
                .limit(limit).toList();
    }

    private static <E extends Enum<E>> Set<E> chosen(Map<E, BooleanProperty> flags) {
        return flags.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    private void syncKeepToggles() {
        Map<String, KeepToggle> old = keepToggles.stream()
                .collect(Collectors.toMap(KeepToggle::department, Function.identity()));
        keepToggles.setAll(picker.departmentsProperty().stream()
                .map(d -> old.getOrDefault(d, new KeepToggle(d))).toList());
    }
}
