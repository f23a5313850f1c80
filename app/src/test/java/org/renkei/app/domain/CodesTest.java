package org.renkei.app.domain;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The one code lookup the coded enums share. */
class CodesTest {
    @Test
    void findsByTheGivenTextAndRefusesAnUnknownOne() {
        assertEquals(Optional.of(LinkState.PENDING), Codes.find(LinkState.values(), LinkState::code, "pending"));
        assertEquals(Optional.of(LinkState.REJECTED), Codes.find(LinkState.values(), LinkState::label, "別施設"));
        assertEquals(Optional.empty(), Codes.find(LinkState.values(), LinkState::code, "PENDING"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Codes.require(FacilityStatus.values(), FacilityStatus::code, "gone", "status"));
        assertEquals("unknown status: gone", e.getMessage());
    }

    @Test
    void contactMethodsAreFoundByCodeOrByTheLabelAsTyped() {
        assertEquals(ContactMethod.FAX, ContactMethod.fromCode("fax"));
        assertEquals(Optional.of(ContactMethod.PHONE), ContactMethod.parse(" 電話 "));
        assertEquals(Optional.of(ContactMethod.MCS), ContactMethod.parse("ＭＣＳ"));
        assertEquals(Optional.empty(), ContactMethod.parse("メール"));
    }
}
