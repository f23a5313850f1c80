package org.renkei.app.audit;

import java.util.Map;

/** The staff name recorded with each operation: rules, and where the command line finds it. */
public final class StaffNames {
    public static final int MAX_LENGTH = 100;
    /** Environment variable the command line reads when {@code --staff} is not given. */
    public static final String ENV = "RENKEI_STAFF";

    private StaffNames() {
    }

    /** The name stripped; refused ({@link IllegalArgumentException}, Japanese) when empty or too long. */
    public static String require(String name) {
        String s = name == null ? "" : name.strip().replaceAll("\\p{Cntrl}", "");
        if (s.isEmpty()) {
            throw new IllegalArgumentException("担当者名を入力してください。");
        }
        if (s.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("担当者名は " + MAX_LENGTH + " 文字以内で入力してください。");
        }
        return s;
    }

    /**
     * The command line's staff: {@code option} if given, else {@value #ENV}, else the operating-system user name,
     * else 「不明」.
     */
    public static String resolve(String option, Map<String, String> env, String osUser) {
        for (String candidate : new String[] {option, env.get(ENV), osUser}) {
            if (candidate != null && !candidate.isBlank()) {
                return require(candidate);
            }
        }
        return "不明";
    }

    /** {@link #resolve} with this process's environment and {@code user.name}. */
    public static String resolve(String option) {
        return resolve(option, System.getenv(), System.getProperty("user.name"));
    }
}
