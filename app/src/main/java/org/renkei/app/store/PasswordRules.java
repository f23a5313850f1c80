package org.renkei.app.store;

/** What a new database password must be; the same rule for the window and the command line. */
public final class PasswordRules {
    public static final int MIN_LENGTH = 8;

    private PasswordRules() {
    }

    /** True when {@code password} is long enough (control characters are not counted as allowed). */
    public static boolean acceptable(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            return false;
        }
        for (char c : password) {
            if (Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }

    /** The Japanese reason a new password is refused, for both the window and the command line. */
    public static String requirement() {
        return "パスワードは " + MIN_LENGTH + " 文字以上にしてください（制御文字は使えません）。";
    }
}
