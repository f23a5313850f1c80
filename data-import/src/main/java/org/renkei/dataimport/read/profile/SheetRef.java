package org.renkei.dataimport.read.profile;

/**
 * The sheet of a workbook to read: by name, or by 1-based position when no name is given. Ignored for CSV.
 */
public record SheetRef(String name, int index) {
    public SheetRef {
        name = name == null || name.isBlank() ? null : name.strip();
        if (name == null && index < 1) {
            throw new IllegalArgumentException("シートは名前か 1 以上の番号で指定してください。");
        }
    }

    public static SheetRef named(String name) {
        return new SheetRef(name, 0);
    }

    public static SheetRef at(int index) {
        return new SheetRef(null, index);
    }

    /** 「名簿」 or 1 枚目, for messages. */
    public String describe() {
        return name != null ? "「" + name + "」" : index + " 枚目";
    }
}
