package org.renkei.app.ui.fields;

import javafx.beans.property.StringProperty;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A date picker whose text is a view model's date text: typed 西暦 or 和暦 ({@link DateText}) or picked from the
 * calendar, shown as {@code 2026/11/20}. The view model validates the text; the picker only offers the calendar.
 */
public final class DateFields {
    private DateFields() {
    }

    public static void bind(DatePicker picker, StringProperty text) {
        picker.setEditable(true);
        picker.setShowWeekNumbers(false);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return DateText.format(day);
            }

            @Override
            public LocalDate fromString(String typed) {
                if (DateText.isBlank(typed)) {
                    return null;
                }
                // Unreadable text keeps the picker's last date; the view model shows why.
                return DateText.parse(typed).orElseThrow(() -> new DateTimeParseException("not a date", typed, 0));
            }
        });
        picker.setValue(DateText.parse(text.get()).orElse(null));
        picker.getEditor().textProperty().bindBidirectional(text);
    }
}
