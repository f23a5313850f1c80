package org.renkei.app.referral;

/** The referring doctor at the hospital and their department. */
public record Referrer(String doctor, String department) {
    public Referrer {
        doctor = doctor == null ? "" : doctor;
        department = department == null ? "" : department;
    }
}
