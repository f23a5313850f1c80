package org.renkei.app.backup;

/** What a backup holds, shown before a restore replaces anything. */
public record BackupCounts(long facilities, long cases, long referrals) {
    /** 「施設 583件・ケース 12件・紹介先 20件」. */
    public String describe() {
        return "施設 " + facilities + "件・ケース " + cases + "件・紹介先 " + referrals + "件";
    }
}
