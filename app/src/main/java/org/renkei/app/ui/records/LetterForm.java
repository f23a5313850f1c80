package org.renkei.app.ui.records;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.renkei.app.referral.CaseDetails;

import java.util.Arrays;
import java.util.List;

/** The letter body of the case editor (様式11): free text, 傷病名 and 現在の処方 one per line. */
public final class LetterForm {
    // Properties
    private final StringProperty diagnoses = new SimpleStringProperty("");
    private final StringProperty purpose = new SimpleStringProperty("");
    private final StringProperty history = new SimpleStringProperty("");
    private final StringProperty course = new SimpleStringProperty("");
    private final StringProperty treatment = new SimpleStringProperty("");
    private final StringProperty prescriptions = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");

    /** 傷病名, one per line. */
    public StringProperty diagnosesProperty() { return diagnoses; }
    /** 紹介目的. */
    public StringProperty purposeProperty() { return purpose; }
    /** 既往歴及び家族歴. */
    public StringProperty historyProperty() { return history; }
    /** 症状経過及び検査結果. */
    public StringProperty courseProperty() { return course; }
    /** 治療経過. */
    public StringProperty treatmentProperty() { return treatment; }
    /** 現在の処方, one per line. */
    public StringProperty prescriptionsProperty() { return prescriptions; }
    /** 備考. */
    public StringProperty notesProperty() { return notes; }

    // Commands

    void fill(CaseDetails d) {
        diagnoses.set(String.join("\n", d.diagnoses()));
        purpose.set(d.purpose());
        history.set(d.history());
        course.set(d.course());
        treatment.set(d.treatment());
        prescriptions.set(String.join("\n", d.prescriptions()));
        notes.set(d.notes());
    }

    CaseDetails details() {
        return new CaseDetails(lines(diagnoses.get()), purpose.get().strip(), history.get().strip(),
                course.get().strip(), treatment.get().strip(), lines(prescriptions.get()), notes.get().strip());
    }

    /** Non-blank lines, stripped. */
    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
