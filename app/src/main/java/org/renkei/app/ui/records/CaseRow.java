package org.renkei.app.ui.records;

import org.renkei.app.referral.ReferralCase;

/**
 * One case of the 紹介記録 list, formatted for display.
 *
 * @param createdOn    「2026/03/20」
 * @param departments  「内科・皮膚科」
 * @param destinations 「2か所」, or 「未決定」 before a plan is chosen
 * @param status       the destinations' statuses with counts (「送付済 1・受入 1」), or how long 返事待ち has lasted
 * @param source       the case as stored
 */
public record CaseRow(long caseId, String createdOn, String patientId, String name, String departments,
                      String destinations, String status, ReferralCase source) {
}
