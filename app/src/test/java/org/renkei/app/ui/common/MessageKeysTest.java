package org.renkei.app.ui.common;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every message key used in code or FXML exists in messages_ja.properties. */
class MessageKeysTest {
    private static final Path MAIN = Path.of("src/main");
    /** {@code Messages.get("key"…)} and key literals in switch arms such as {@code -> "detail.field.name"}. */
    private static final Pattern JAVA_KEY = Pattern.compile(
            "Messages\\.get\\(\\s*\"([^\"]+)\"|->\\s*\"([a-z]+(?:\\.[A-Za-z0-9]+)+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("=\"%([^\"]+)\"");

    @Test
    void everyUsedKeyExists() throws IOException {
        Set<String> used = usedKeys();
        assertTrue(used.size() > 80, "scanner found too few keys: " + used.size());
        Set<String> missing = new TreeSet<>();
        for (String key : used) {
            if (!Messages.bundle().containsKey(key)) {
                missing.add(key);
            }
        }
        assertEquals(Set.of(), missing, "keys missing from messages_ja.properties");
    }

    @Test
    void bundleIsReadAsUtf8Japanese() {
        assertEquals("連携デスク", Messages.get("app.title"));
        assertEquals("登録施設 1,234 件", Messages.get("status.facilities", 1234));
        assertEquals("!no.such.key!", Messages.get("no.such.key"));
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".java") && !name.equals("Messages.java")) {
                    collect(JAVA_KEY, Files.readString(f, StandardCharsets.UTF_8), keys);
                } else if (name.endsWith(".fxml")) {
                    collect(FXML_KEY, Files.readString(f, StandardCharsets.UTF_8), keys);
                }
            }
        }
        return keys;
    }

    private static void collect(Pattern p, String text, Set<String> keys) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            keys.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
    }
}
