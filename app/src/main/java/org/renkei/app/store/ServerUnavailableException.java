package org.renkei.app.store;

import java.sql.SQLException;

/** The shared PostgreSQL database cannot be used: bad address, refused login, missing database, server not reached. */
public class ServerUnavailableException extends StoreException {
    private final boolean passwordRefused;

    private ServerUnavailableException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private ServerUnavailableException(String message, Throwable cause, boolean passwordRefused) {
        super(message);
        this.passwordRefused = passwordRefused;
        if (cause != null) {
            initCause(cause);
        }
    }

    static ServerUnavailableException badUrl(String url) {
        return new ServerUnavailableException("共有データベースのアドレスが正しくありません。"
                + "jdbc:postgresql://サーバー名:5432/データベース名 の形で指定してください。", null);
    }

    static ServerUnavailableException notUtf8(String url, String encoding) {
        return new ServerUnavailableException("共有データベース（" + ServerDatabase.describe(url) + "）の文字コードが "
                + encoding + " です。ENCODING 'UTF8' で作成したデータベースを指定してください。", null);
    }

    /**
     * A Japanese message chosen by the failure's SQLState (the address is shown without user or password).
     * {@code passwordGiven}: whether a password was sent (else the server asking for one means it is missing).
     */
    static ServerUnavailableException of(String url, SQLException e, boolean passwordGiven) {
        String where = ServerDatabase.describe(url);
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message;
        if (state.equals("28P01") || (!passwordGiven && state.equals("08004"))) {
            // 28P01 invalid_password; 08004 without a password: the driver's "the server requested a password"
            message = "共有データベース（" + where + "）にログインできません。"
                    + (passwordGiven ? "ユーザー名（RENKEI_DB_USER）とパスワード（RENKEI_DB_PASSWORD）を確認してください。"
                    : "パスワードがありません。RENKEI_DB_PASSWORD か PostgreSQL のパスワードファイル（pgpass）で"
                    + "指定してください。");
            return new ServerUnavailableException(message, e, true);
        } else if (state.startsWith("28")) {
            message = "共有データベース（" + where + "）にログインできません。ユーザー名（RENKEI_DB_USER）と"
                    + "パスワード（RENKEI_DB_PASSWORD）を確認してください。";
        } else if (state.equals("3D000")) {
            message = "共有データベース（" + where + "）がサーバーにありません。データベース名を確認してください。";
        } else if (state.startsWith("08")) {
            message = "共有データベースのサーバー（" + where + "）に接続できません。サーバーが起動しているか、"
                    + "サーバー名・ポート・ネットワークを確認してください。";
        } else {
            message = "共有データベース（" + where + "）を開けません（" + state + "）。";
        }
        return new ServerUnavailableException(message, e);
    }

    /** True when the server refused the password or asked for one that was not given: another password may work. */
    public boolean passwordRefused() {
        return passwordRefused;
    }
}
