package org.renkei.dataimport.read.profile;

/** The kind of file a profile was made for; .xlsx and .xls read the same way (a sheet with rows). */
public enum FileType {
    CSV,
    XLSX,
    XLS;

    public boolean workbook() {
        return this != CSV;
    }
}
