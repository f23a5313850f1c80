package org.renkei.dataimport.read.profile;

/** How the facilities of a user's list are identified from one import to the next. */
public enum KeyPolicy {
    /** The column mapped to {@link Field#KEY} (a code or number that stays with the facility). */
    COLUMN,
    /** A key derived from the normalised name and address (lists without any stable identifier). */
    NAME_ADDRESS
}
