package org.renkei.app.ui.detail;

/** One labelled value of the facility detail. */
public record DetailField(String label, String value) {
}
