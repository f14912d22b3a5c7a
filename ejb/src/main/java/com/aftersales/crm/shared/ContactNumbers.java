package com.aftersales.crm.shared;

/**
 * Phone numbers of organisations as entered on the administrator's forms: normalised on the way in, and an error
 * names the form field at fault (not the generic {@code phone}). A hotline may also be a nationwide 400/800 number.
 */
public final class ContactNumbers {

    /** An optional phone number, normalised to digits, or {@code null} when blank. */
    public static String phone(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return PhoneNumber.parse(text).digits();
        } catch (InvalidInput e) {
            throw new InvalidInput(field, "phone.error.format");
        }
    }

    /** An optional mobile number (11 digits), normalised, or {@code null} when blank. */
    public static String mobile(String text, String field) {
        String digits = phone(text, field);
        if (digits != null && !new PhoneNumber(digits).mobile()) {
            throw new InvalidInput(field, "phone.error.mobile");
        }
        return digits;
    }

    /** An optional hotline: a phone number or a 400/800 service number (10 digits), normalised. */
    public static String hotline(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String digits = text.replaceAll("[\\s\\-()（）.]", "");
        if (digits.matches("(400|800)\\d{7}")) {
            return digits;
        }
        return phone(text, field);
    }

    private ContactNumbers() {
    }
}
