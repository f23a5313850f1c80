package org.renkei.dataimport.link;

import org.renkei.dataimport.geo.AddressPlace;
import org.renkei.dataimport.geo.Geocoder;
import org.renkei.dataimport.geo.Precision;

/**
 * What the linker compares of one facility: its name keys, the place of its address and its phone digits.
 *
 * @param phone digits only, empty when unknown
 */
public record LinkKey(NameKey name, AddressPlace place, String phone) {
    public LinkKey {
        name = name == null ? new NameKey("", "") : name;
        place = place == null ? AddressPlace.none() : place;
        phone = phone == null ? "" : phone;
    }

    public static LinkKey of(String name, String address, String phone, Geocoder geocoder) {
        return new LinkKey(NameKey.of(name), geocoder.place(address), digits(phone));
    }

    /** Rebuilds a stored key. */
    public static LinkKey stored(String nameFull, String nameCore, String municipalityCode, String town, String block,
                                 String phone) {
        AddressPlace place = municipalityCode == null || municipalityCode.isEmpty() ? AddressPlace.none()
                : new AddressPlace(municipalityCode, town, block, Precision.TOWN);
        return new LinkKey(new NameKey(nameFull, nameCore), place, phone);
    }

    /** The digits of a phone number (full-width digits folded); 0 prefixes kept. */
    public static String digits(String phone) {
        if (phone == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(phone.length());
        for (int i = 0; i < phone.length(); i++) {
            int d = Character.digit(phone.charAt(i), 10);
            if (d >= 0) {
                sb.append((char) ('0' + d));
            }
        }
        return sb.length() >= 6 ? sb.toString() : "";
    }
}
