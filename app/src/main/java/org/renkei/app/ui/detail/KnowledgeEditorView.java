package org.renkei.app.ui.detail;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.renkei.app.domain.ContactMethod;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.ViewLoader;

/** Binds 「連携情報」 to its {@link KnowledgeEditorViewModel}: chips, the tag field, facts, the commands' keys. */
public final class KnowledgeEditorView {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private final KnowledgeEditorViewModel vm;

    @FXML private VBox editorRoot;
    @FXML private Label staleSummaryLabel;
    @FXML private Label heldByLabel;
    @FXML private FlowPane chipsPane;
    @FXML private TextField tagField;
    @FXML private ComboBox<String> scopeCombo;
    @FXML private TextField detailField;
    @FXML private Button addTagButton;
    @FXML private FlowPane suggestionsPane;
    @FXML private Label knowledgeErrorLabel;
    @FXML private CheckBox registeredCheck;
    @FXML private Label registeredVerified;
    @FXML private TextField contactField;
    @FXML private ComboBox<ContactMethod> methodCombo;
    @FXML private Label contactVerified;
    @FXML private TextArea notesArea;
    @FXML private Label notesVerified;
    @FXML private Button knowledgeSaveButton;
    @FXML private Button verifyNowButton;
    @FXML private Button knowledgeUndoButton;
    @FXML private Button knowledgeRevertButton;
    @FXML private Label knowledgeMessageLabel;

    KnowledgeEditorView(KnowledgeEditorViewModel vm) {
        this.vm = vm;
    }

    static Node load(KnowledgeEditorViewModel vm) {
        return new ViewLoader().register(KnowledgeEditorView.class, () -> new KnowledgeEditorView(vm))
                .load(KnowledgeEditorView.class, "KnowledgeEditor.fxml");
    }

    @FXML
    private void initialize() {
        TagInput input = vm.tagInput();
        staleSummaryLabel.textProperty().bind(vm.staleSummaryProperty());
        staleSummaryLabel.managedProperty().bind(vm.staleSummaryProperty().isNotEmpty());
        heldByLabel.textProperty().bind(vm.heldByProperty());
        heldByLabel.managedProperty().bind(vm.heldByProperty().isNotEmpty());
        tagField.textProperty().bindBidirectional(input.textProperty());
        tagField.setOnAction(e -> vm.addTag());
        detailField.textProperty().bindBidirectional(input.detailProperty());
        detailField.setOnAction(e -> vm.addTag());
        detailField.visibleProperty().bind(input.needsDetailProperty());
        detailField.managedProperty().bind(input.needsDetailProperty());
        scopeCombo.setItems(input.departmentsProperty());
        scopeCombo.setConverter(converter(d -> d == null || d.isEmpty() ? Messages.get("knowledge.scope.whole") : d));
        scopeCombo.valueProperty().bindBidirectional(input.departmentProperty());
        addTagButton.setOnAction(e -> vm.addTag());
        input.suggestionsProperty().addListener((ListChangeListener<String>) c -> rebuildSuggestions());
        knowledgeErrorLabel.textProperty().bind(vm.errorProperty());
        knowledgeErrorLabel.managedProperty().bind(vm.errorProperty().isNotEmpty());
        suggestionsPane.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(suggestionsPane.getChildren()));
        registeredCheck.selectedProperty().bindBidirectional(vm.registeredProperty());
        contactField.textProperty().bindBidirectional(vm.contactPersonProperty());
        methodCombo.getItems().setAll(vm.contactMethods());
        methodCombo.setConverter(converter(m -> m == null ? "" : m.label()));
        methodCombo.valueProperty().bindBidirectional(vm.contactMethodProperty());
        notesArea.textProperty().bindBidirectional(vm.notesProperty());
        vm.factsProperty().addListener((ListChangeListener<FactLine>) c -> showFacts());
        vm.chipsProperty().addListener((ListChangeListener<TagChip>) c -> rebuildChips());
        knowledgeSaveButton.disableProperty().bind(vm.dirtyProperty().not().or(vm.busyProperty()));
        knowledgeSaveButton.setOnAction(e -> vm.save());
        verifyNowButton.disableProperty().bind(vm.busyProperty());
        verifyNowButton.setOnAction(e -> vm.verifyNow());
        knowledgeUndoButton.disableProperty().bind(vm.canUndoProperty().not());
        knowledgeUndoButton.setOnAction(e -> vm.undo());
        knowledgeRevertButton.disableProperty().bind(vm.dirtyProperty().not());
        knowledgeRevertButton.setOnAction(e -> vm.revert());
        knowledgeMessageLabel.textProperty().bind(vm.messageProperty());
        editorRoot.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                e.consume();
                vm.save();
            } else if (UNDO.match(e) && vm.canUndoProperty().get() && !(e.getTarget() instanceof TextField)) {
                e.consume();
                vm.undo();
            }
        });
        rebuildChips();
        rebuildSuggestions();
        showFacts();
    }

    private void rebuildChips() {
        chipsPane.getChildren().setAll(vm.chipsProperty().stream().map(this::chip).toList());
        if (vm.chipsProperty().isEmpty()) {
            chipsPane.getChildren().add(styled(Messages.get("knowledge.tags.none"), "note"));
        }
    }

    /** The tag, its confirmation (orange 要確認 when stale) and × (Enter / Delete on it removes it as well). */
    private Node chip(TagChip c) {
        Label text = new Label(c.text());
        Label verified = styled(c.verifiedText(), "verified");
        Button remove = new Button("×");
        remove.getStyleClass().add("chip-remove");
        remove.setAccessibleText(Messages.get("knowledge.tag.remove", c.text()));
        remove.setOnAction(e -> vm.remove(c));
        remove.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                e.consume();
                vm.remove(c);
            }
        });
        HBox chip = new HBox(4, text, verified);
        if (c.stale()) {
            chip.getChildren().add(styled(Messages.get("knowledge.stale.mark"), "stale-mark"));
            chip.getStyleClass().add("stale");
        }
        chip.getChildren().add(remove);
        chip.getStyleClass().add("chip");
        chip.setUserData(c);
        return chip;
    }

    private void rebuildSuggestions() {
        suggestionsPane.getChildren().clear();
        if (vm.tagInput().textProperty().get().isBlank()) {
            return;
        }
        for (String s : vm.tagInput().suggestionsProperty()) {
            Hyperlink link = new Hyperlink(s);
            link.setFocusTraversable(false);
            link.setOnAction(e -> {
                vm.tagInput().textProperty().set(s);
                tagField.requestFocus();
                tagField.end();
            });
            suggestionsPane.getChildren().add(link);
        }
    }

    private void showFacts() {
        Label[] labels = {registeredVerified, contactVerified, notesVerified};
        for (int i = 0; i < labels.length; i++) {
            FactLine f = i < vm.factsProperty().size() ? vm.factsProperty().get(i) : null;
            labels[i].setText(f == null ? "" : f.stale() ? f.verifiedText() + "　" + Messages.get("knowledge.stale.mark")
                    : f.verifiedText());
            labels[i].getStyleClass().remove("stale-mark");
            if (f != null && f.stale()) {
                labels[i].getStyleClass().add("stale-mark");
            }
        }
    }

    private static Label styled(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        return l;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return show.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }
}
