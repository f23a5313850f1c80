package org.renkei.dataimport.read.profile;

/** The character encoding of a CSV: detected (UTF-8, else CP932), or fixed by the user. */
public enum CsvEncoding {
    AUTO,
    UTF_8,
    CP932
}
