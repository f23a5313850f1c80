package org.renkei.app.ui.common;

import java.util.Locale;
import java.util.Objects;

/**
 * One kind of file a save dialog offers.
 *
 * @param description what the filter shows, e.g. 「PDF（印刷用）」
 * @param extension   without the dot, e.g. {@code pdf}
 */
public record FileType(String description, String extension) {
    public FileType {
        Objects.requireNonNull(description, "description");
        extension = extension.toLowerCase(Locale.ROOT);
        if (extension.isEmpty() || extension.startsWith(".")) {
            throw new IllegalArgumentException("an extension without the dot: " + extension);
        }
    }

    /** Whether {@code fileName} ends with this type's extension (any case). */
    public boolean matches(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith("." + extension);
    }
}
