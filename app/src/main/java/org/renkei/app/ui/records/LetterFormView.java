package org.renkei.app.ui.records;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.TextArea;

import java.util.List;

/** Binds the letter body of the case editor to {@link LetterForm}. */
public final class LetterFormView {
    private final LetterForm form;

    @FXML private TextArea diagnosesArea;
    @FXML private TextArea purposeArea;
    @FXML private TextArea historyArea;
    @FXML private TextArea courseArea;
    @FXML private TextArea treatmentArea;
    @FXML private TextArea prescriptionsArea;
    @FXML private TextArea notesArea;

    public LetterFormView(CaseEditorViewModel viewModel) {
        this.form = viewModel.letter();
    }

    @FXML
    private void initialize() {
        diagnosesArea.textProperty().bindBidirectional(form.diagnosesProperty());
        purposeArea.textProperty().bindBidirectional(form.purposeProperty());
        historyArea.textProperty().bindBidirectional(form.historyProperty());
        courseArea.textProperty().bindBidirectional(form.courseProperty());
        treatmentArea.textProperty().bindBidirectional(form.treatmentProperty());
        prescriptionsArea.textProperty().bindBidirectional(form.prescriptionsProperty());
        notesArea.textProperty().bindBidirectional(form.notesProperty());
    }

    /** The fields in keyboard order. */
    List<Node> fields() {
        return List.of(diagnosesArea, purposeArea, historyArea, courseArea, treatmentArea, prescriptionsArea, notesArea);
    }
}
