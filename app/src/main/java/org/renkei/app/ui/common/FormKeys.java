package org.renkei.app.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.List;

/**
 * Keyboard flow through a form, as in the forms staff know: Enter in a one-line field goes to the next field
 * (in the last one it is left to the default button), Tab and Shift+Tab leave a multi-line field instead of typing
 * a tab, Enter in a multi-line field starts a new line. Disabled fields are skipped.
 */
public final class FormKeys {
    private FormKeys() {
    }

    /** {@code fields} in keyboard order. */
    public static void chain(List<? extends Node> fields) {
        List<Node> order = List.copyOf(fields);
        for (int i = 0; i < order.size(); i++) {
            int at = i;
            Node field = order.get(i);
            field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
                    return;
                }
                if (field instanceof TextArea && e.getCode() == KeyCode.TAB) {
                    Node target = e.isShiftDown() ? step(order, at, -1) : step(order, at, 1);
                    if (target != null) {
                        e.consume();
                        focus(target);
                    }
                } else if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()
                        && (field instanceof TextField || field instanceof ComboBoxBase<?>)) {
                    Node target = step(order, at, 1);
                    if (target == null || (field instanceof ComboBoxBase<?> box && box.isShowing())) {
                        return;
                    }
                    e.consume();
                    focus(target);
                }
            });
        }
    }

    /** The nearest usable field {@code direction} steps away, or null at either end. */
    private static Node step(List<Node> order, int from, int direction) {
        for (int i = from + direction; i >= 0 && i < order.size(); i += direction) {
            Node n = order.get(i);
            if (!n.isDisabled() && n.isVisible()) {
                return n;
            }
        }
        return null;
    }

    private static void focus(Node node) {
        node.requestFocus();
        if (node instanceof TextField text) {
            text.selectAll();
        } else if (node instanceof DatePicker picker && picker.isEditable()) {
            picker.getEditor().selectAll();
        }
    }
}
