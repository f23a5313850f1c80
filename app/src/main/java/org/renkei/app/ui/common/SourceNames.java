package org.renkei.app.ui.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Display names of import sources (the {@code source} id stored with every facility). */
public final class SourceNames {
    /** 自治体標準オープンデータ: {@code municipal-<全国地方公共団体コード>}. */
    private static final Pattern MUNICIPAL = Pattern.compile("municipal-(\\d{5,6})");
    /** A user's own list imported through an import profile: {@code own:<name>}. */
    private static final String OWN = "own:";

    private SourceNames() {
    }

    /**
     * The Japanese name of a source: {@code source.name.<id>} from the messages, 「自治体オープンデータ（code）」 for
     * {@code municipal-<code>}, 「name（独自の一覧）」 for {@code own:<name>}, else the id itself.
     */
    public static String display(String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        String named = Messages.getOr("source.name." + id, null);
        if (named != null) {
            return named;
        }
        if (id.startsWith(OWN)) {
            return Messages.get("source.own", id.substring(OWN.length()));
        }
        Matcher m = MUNICIPAL.matcher(id);
        return m.matches() ? Messages.get("source.municipal", m.group(1)) : id;
    }
}
