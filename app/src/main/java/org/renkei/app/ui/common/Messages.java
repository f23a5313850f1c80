package org.renkei.app.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Access to the UI text in {@code org/renkei/app/ui/messages_ja.properties} (UTF-8). */
public final class Messages {
    public static final String BUNDLE = "org.renkei.app.ui.messages";
    private static final ResourceBundle RESOURCES = ResourceBundle.getBundle(BUNDLE, Locale.JAPANESE);

    private Messages() {
    }

    /** The bundle, for {@code FXMLLoader} ({@code %key} in FXML). */
    public static ResourceBundle bundle() {
        return RESOURCES;
    }

    /** The text for {@code key} when the bundle has it, else {@code fallback} (for names keyed by data, e.g. sources). */
    public static String getOr(String key, String fallback) {
        return RESOURCES.containsKey(key) ? RESOURCES.getString(key) : fallback;
    }

    /** The text for {@code key}, with {@code {0}}-style placeholders filled from {@code args}. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = RESOURCES.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, Locale.JAPANESE).format(args);
    }
}
