package org.renkei.app.referral;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The patient of a referral case. Sensitive: never logged, never written outside the database and the
 * exports the user asks for.
 *
 * @param id         the hospital's patient ID (患者ID)
 * @param sex        {@link Sex}
 * @param birthDate  may be null when unknown
 */
public record Patient(String id, String name, String kana, Sex sex, LocalDate birthDate, String address,
                      String phone, String occupation) {
    public Patient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        kana = kana == null ? "" : kana;
        sex = sex == null ? Sex.UNKNOWN : sex;
        address = address == null ? "" : address;
        phone = phone == null ? "" : phone;
        occupation = occupation == null ? "" : occupation;
    }

    /** Full years on {@code day}, or -1 without a birth date. */
    public int ageOn(LocalDate day) {
        return birthDate == null ? -1 : java.time.Period.between(birthDate, day).getYears();
    }

    @Override
    public String toString() {
        return "Patient[id=" + id + "]";   // never print names or addresses
    }
}
