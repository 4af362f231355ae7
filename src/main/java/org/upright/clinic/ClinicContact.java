package org.upright.clinic;

/**
 * How patients reach their clinic, and the local emergency number. An empty phone, e-mail or
 * address is not set yet; screens then say so rather than show a blank.
 */
public record ClinicContact(String name, String phone, String email, String address, String emergencyNumber) {

    /** Each value is kept in clinic_setting.value, a VARCHAR(200); forms use the same limit. */
    public static final int MAX_LENGTH = 200;

    public ClinicContact {
        name = name.strip();
        phone = phone.strip();
        email = email.strip();
        address = address.strip();
        emergencyNumber = emergencyNumber.strip();
    }

    public boolean hasPhone() {
        return !phone.isEmpty();
    }

    /** The phone number, or a plain hint where to find one while the clinic has not set it. */
    public String phoneOrHint() {
        return hasPhone() ? phone : "not set up yet: please use the number your clinic gave you";
    }

    /** The emergency number, or the European one while none is set (it also works on most mobile networks). */
    public String emergencyNumberOrDefault() {
        return emergencyNumber.isEmpty() ? "112" : emergencyNumber;
    }

    /** The name to use in sentences: "Upright Physiotherapy", or "your clinic" while it has none. */
    public String nameOrYourClinic() {
        return name.isEmpty() ? "your clinic" : name;
    }
}
