package org.renkei.app.ui.detail;

/** One month of the referral chart: 「2026/04」, referrals sent that month and how many of them were accepted. */
public record MonthBar(String label, int sent, int accepted) {
}
