package org.renkei.app.importing;

/** The user cancelled an import; the current file was rolled back. */
public class ImportCancelledException extends RuntimeException {
    public ImportCancelledException() {
        super("取り込みを中止しました（このファイルの変更は取り消されました）。");
    }
}
