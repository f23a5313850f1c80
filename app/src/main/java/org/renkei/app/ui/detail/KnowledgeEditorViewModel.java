package org.renkei.app.ui.detail;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import org.renkei.app.domain.CapabilityTag;
import org.renkei.app.domain.ContactMethod;
import org.renkei.app.domain.Verified;
import org.renkei.app.knowledge.FacilityFacts;
import org.renkei.app.knowledge.KnowledgeEdit;
import org.renkei.app.knowledge.KnowledgeRejectedException;
import org.renkei.app.ui.common.BackgroundTask;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * 「連携情報」 of the detail pane: capability chips, 登録医, contact, notes, each with 確認日 / 確認者 and a 要確認 mark
 * when stale. Edits stay in the editor until 保存 (one transaction); 今日確認した saves them too and confirms every
 * fact as of today by the current staff member. Removing a chip can be undone until saved.
 */
public final class KnowledgeEditorViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeEditorViewModel.class);

    private final FacilityDesk desk;
    private final TaskRunner runner;
    private final Clock clock;
    private final TagInput input = new TagInput();
    private final Deque<TagChip> removed = new ArrayDeque<>();
    private FacilityFacts stored;
    private long facilityId = -1;
    private Runnable onSaved = () -> { };

    // Properties
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyListWrapper<TagChip> chips = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<FactLine> facts = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final BooleanProperty registered = new SimpleBooleanProperty(false);
    private final StringProperty contactPerson = new SimpleStringProperty("");
    private final ObjectProperty<ContactMethod> contactMethod = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper staleSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heldBy = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public KnowledgeEditorViewModel(FacilityDesk desk, TaskRunner runner, Clock clock) {
        this.desk = desk;
        this.runner = runner;
        this.clock = clock;
        chips.addListener((ListChangeListener<TagChip>) c -> updateDirty());
        registered.addListener((obs, o, n) -> updateDirty());
        contactPerson.addListener((obs, o, n) -> updateDirty());
        contactMethod.addListener((obs, o, n) -> updateDirty());
        notes.addListener((obs, o, n) -> updateDirty());
    }

    /** False without a knowledge store: the section is hidden. */
    public ReadOnlyBooleanProperty availableProperty() { return available.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyListProperty<TagChip> chipsProperty() { return chips.getReadOnlyProperty(); }
    /** 登録医 / 連絡先 / 備考 with their confirmation. */
    public ReadOnlyListProperty<FactLine> factsProperty() { return facts.getReadOnlyProperty(); }
    /** The tag field with its suggestions, scope and value. */
    public TagInput tagInput() { return input; }
    public BooleanProperty registeredProperty() { return registered; }
    public StringProperty contactPersonProperty() { return contactPerson; }
    public ObjectProperty<ContactMethod> contactMethodProperty() { return contactMethod; }
    public List<ContactMethod> contactMethods() { return List.of(ContactMethod.values()); }
    public StringProperty notesProperty() { return notes; }
    /** Something differs from what is stored. */
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    /** 「要確認 2 件（確認から 12 か月を過ぎています）」, or empty. */
    public ReadOnlyStringProperty staleSummaryProperty() { return staleSummary.getReadOnlyProperty(); }
    /** Where the knowledge is stored when another source's record of the same place holds it; else empty. */
    public ReadOnlyStringProperty heldByProperty() { return heldBy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    /** Told after every save (the case screen's match index holds the knowledge and must be rebuilt). */
    public void setOnSaved(Runnable action) {
        this.onSaved = action;
    }

    // Commands

    /** Loads the facility's knowledge and the vocabulary (the detail pane opened it). */
    public void load(long id) {
        facilityId = id;
        available.set(desk.available());
        message.set("");
        error.set("");
        if (!desk.available()) {
            return;
        }
        busy.set(true);
        runner.run(BackgroundTask.of(() -> new Loaded(desk.facts(id), desk.vocabulary()))
                .onSuccess(l -> {
                    if (facilityId == id) {
                        input.setVocabulary(l.vocabulary());
                        show(l.facts());
                    }
                })
                .onError(e -> failed("Loading knowledge of facility " + id, e))
                .andFinally(() -> busy.set(false)));
    }

    /** Enter in the tag field: adds the typed tag as a chip (replacing the same tag on the same scope). */
    public void addTag() {
        error.set("");
        try {
            TagChip chip = input.take();
            chips.removeIf(c -> c.sameSlot(chip));
            chips.add(chip);
        } catch (KnowledgeRejectedException e) {
            error.set(e.getMessage());
        }
    }

    /** × on a chip; 元に戻す brings it back until saved. */
    public void remove(TagChip chip) {
        if (chips.remove(chip)) {
            removed.push(chip);
            canUndo.set(true);
        }
    }

    /** 元に戻す: the last removed chip comes back. */
    public void undo() {
        if (!removed.isEmpty()) {
            TagChip chip = removed.pop();
            chips.removeIf(c -> c.sameSlot(chip));
            chips.add(chip);
        }
        canUndo.set(!removed.isEmpty());
    }

    /** 取り消し: every unsaved edit goes, the stored state is shown again. */
    public void revert() {
        if (stored != null) {
            show(stored);
        }
    }

    /** 保存 (Ctrl+S): the edits in one transaction, confirmed today by the current staff member. */
    public void save() {
        KnowledgeEdit edit = edit();
        if (edit != null && !edit.isEmpty()) {
            apply(edit, "knowledge.saved");
        }
    }

    /** 今日確認した: saves the edits and confirms every fact as of today by the current staff member. */
    public void verifyNow() {
        KnowledgeEdit edit = edit();
        if (edit != null) {
            apply(edit.withVerifyAll(), "knowledge.verifiedNow");
        }
    }

    // Internals

    private record Loaded(FacilityFacts facts, List<CapabilityTag> vocabulary) {
    }

    private KnowledgeEdit edit() {
        return stored == null || busy.get() ? null : draft().editFrom(stored.knowledge());
    }

    private KnowledgeDraft draft() {
        return new KnowledgeDraft(chips, registered.get(), contactPerson.get(), contactMethod.get(), notes.get());
    }

    private void apply(KnowledgeEdit edit, String doneKey) {
        long id = facilityId;
        Verified v = Verified.on(LocalDate.now(clock), desk.staff());
        busy.set(true);
        error.set("");
        runner.run(BackgroundTask.of(() -> desk.save(id, edit, v))
                .onSuccess(f -> {
                    onSaved.run();
                    if (facilityId == id) {
                        show(f);
                        message.set(Messages.get(doneKey, TagChip.verifiedText(v)));
                    }
                })
                .onError(e -> failed("Saving knowledge of facility " + id, e))
                .andFinally(() -> busy.set(false)));
    }

    private void show(FacilityFacts f) {
        stored = f;
        LocalDate today = LocalDate.now(clock);
        var k = f.knowledge();
        removed.clear();
        canUndo.set(false);
        chips.setAll(k.capabilities().stream().map(c -> TagChip.of(c, f.isStale(c.verified(), today))).toList());
        input.setDepartments(f.facility().departmentNames());
        facts.setAll(KnowledgeLines.facts(f, today));
        KnowledgeDraft d = KnowledgeDraft.of(k, List.of());
        registered.set(d.registered());
        contactPerson.set(d.contactPerson());
        contactMethod.set(d.contactMethod());
        notes.set(d.notes());
        int stale = f.staleFacts(today).size();
        staleSummary.set(stale == 0 ? "" : Messages.get("knowledge.stale.summary", stale, f.staleMonths()));
        heldBy.set(f.heldBy() == null ? "" : Messages.get("knowledge.heldBy", f.heldBy().name(),
                org.renkei.app.ui.common.SourceNames.display(f.heldBy().source())));
        updateDirty();
    }

    private void failed(String what, Exception e) {
        if (e instanceof KnowledgeRejectedException) {
            error.set(e.getMessage());
        } else {
            LOG.error("{} failed", what, e);
            error.set(Messages.get("knowledge.failed"));
        }
    }

    private void updateDirty() {
        dirty.set(stored != null && !draft().editFrom(stored.knowledge()).isEmpty());
    }
}
