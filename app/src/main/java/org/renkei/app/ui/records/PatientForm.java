package org.renkei.app.ui.records;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.renkei.app.referral.Patient;
import org.renkei.app.referral.Referrer;
import org.renkei.app.referral.Sex;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.fields.DateText;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The patient and the referring doctor of the case editor, with the marks of required and malformed fields. */
public final class PatientForm {
    private final LocalDate today;

    // Properties
    private final StringProperty patientId = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty kana = new SimpleStringProperty("");
    private final StringProperty sex = new SimpleStringProperty(sexLabel(Sex.UNKNOWN));
    private final StringProperty birthDate = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty occupation = new SimpleStringProperty("");
    private final StringProperty doctor = new SimpleStringProperty("");
    private final StringProperty department = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper patientIdError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper birthDateError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);

    PatientForm(LocalDate today) {
        this.today = today;
        patientIdError.bind(Bindings.createStringBinding(() -> required(patientId.get()), patientId));
        nameError.bind(Bindings.createStringBinding(() -> required(name.get()), name));
        birthDateError.bind(Bindings.createStringBinding(this::birthDateProblem, birthDate));
        valid.bind(patientIdError.isEmpty().and(nameError.isEmpty()).and(birthDateError.isEmpty()));
    }

    /** 患者ID (required). */
    public StringProperty patientIdProperty() { return patientId; }
    /** 氏名 (required). */
    public StringProperty nameProperty() { return name; }
    public StringProperty kanaProperty() { return kana; }
    /** One of {@link #sexChoices()}. */
    public StringProperty sexProperty() { return sex; }
    /** 生年月日 as typed: 西暦 or 和暦 (see {@link DateText}); blank = unknown. */
    public StringProperty birthDateProperty() { return birthDate; }
    public StringProperty addressProperty() { return address; }
    public StringProperty phoneProperty() { return phone; }
    public StringProperty occupationProperty() { return occupation; }
    /** 紹介医. */
    public StringProperty doctorProperty() { return doctor; }
    /** 紹介元の診療科. */
    public StringProperty departmentProperty() { return department; }
    /** Empty, or why the field cannot be saved. */
    public ReadOnlyStringProperty patientIdErrorProperty() { return patientIdError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty nameErrorProperty() { return nameError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty birthDateErrorProperty() { return birthDateError.getReadOnlyProperty(); }
    /** True when every field can be saved. */
    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }

    /** 未記入, 男, 女. */
    public static List<String> sexChoices() {
        return List.of(sexLabel(Sex.UNKNOWN), sexLabel(Sex.MALE), sexLabel(Sex.FEMALE));
    }

    // Commands

    void fill(Patient p, Referrer r) {
        patientId.set(p.id());
        name.set(p.name());
        kana.set(p.kana());
        sex.set(sexLabel(p.sex()));
        birthDate.set(DateText.format(p.birthDate()));
        address.set(p.address());
        phone.set(p.phone());
        occupation.set(p.occupation());
        doctor.set(r.doctor());
        department.set(r.department());
    }

    /** The patient as entered; call only when {@link #validProperty()} holds. */
    Patient patient() {
        LocalDate born = DateText.parse(birthDate.get()).orElse(null);
        return new Patient(patientId.get().strip(), name.get().strip(), kana.get().strip(), sexOf(sex.get()), born,
                address.get().strip(), phone.get().strip(), occupation.get().strip());
    }

    Referrer referrer() {
        return new Referrer(doctor.get().strip(), department.get().strip());
    }

    // Internals

    private static String required(String value) {
        return value == null || value.isBlank() ? Messages.get("records.editor.required") : "";
    }

    private String birthDateProblem() {
        String text = birthDate.get();
        if (DateText.isBlank(text)) {
            return "";
        }
        Optional<LocalDate> day = DateText.parse(text);
        if (day.isEmpty()) {
            return Messages.get("records.editor.birthDate.invalid");
        }
        return day.get().isAfter(today) ? Messages.get("records.editor.birthDate.future") : "";
    }

    private static String sexLabel(Sex s) {
        return s == Sex.UNKNOWN ? Messages.get("records.sex.unknown") : s.label();
    }

    private static Sex sexOf(String label) {
        return sexLabel(Sex.MALE).equals(label) ? Sex.MALE : sexLabel(Sex.FEMALE).equals(label) ? Sex.FEMALE : Sex.UNKNOWN;
    }
}
