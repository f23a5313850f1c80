package org.renkei.dataimport.testutil;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Minimal reader for the flat JSON lines of the synthetic truth files (no JSON library in this module). */
public final class Truth {
    private Truth() {
    }

    /** The string value of a top-level key, or null. */
    public static String string(String line, String key) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\": (\"((?:[^\"\\\\]|\\\\.)*)\"|null)").matcher(line);
        if (!m.find()) {
            throw new AssertionError("no key " + key + " in " + line);
        }
        return m.group(2) == null ? null : unescape(m.group(2));
    }

    /** The string array of a key. */
    public static List<String> strings(String line, String key) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\": \\[(.*?)]").matcher(line);
        if (!m.find()) {
            throw new AssertionError("no key " + key + " in " + line);
        }
        List<String> out = new ArrayList<>();
        Matcher s = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(m.group(1));
        while (s.find()) {
            out.add(unescape(s.group(1)));
        }
        return out;
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> sb.append(n);
            }
        }
        return sb.toString();
    }
}
