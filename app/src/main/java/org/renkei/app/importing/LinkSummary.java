package org.renkei.app.importing;

/**
 * What linking did after one import: links between the facilities it touched and other sources' facilities.
 *
 * @param auto    links the linker is certain of (the secondary is hidden)
 * @param pending links a person should confirm or reject
 */
public record LinkSummary(int auto, int pending) {
    public static final LinkSummary NONE = new LinkSummary(0, 0);
}
