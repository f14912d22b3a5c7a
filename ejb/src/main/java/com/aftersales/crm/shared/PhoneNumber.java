package com.aftersales.crm.shared;

import java.io.Serializable;

/**
 * A mainland Chinese phone number, normalised to digits: an 11-digit mobile ({@code 1[3-9]xxxxxxxxx}) or a landline
 * with its area code ({@code 0} + 2 or 3 digits, then a 7- or 8-digit local number). Spaces, dashes, brackets, a
 * {@code +86}/{@code 0086} prefix and an extension after {@code #}, {@code ext} or {@code 转} are accepted on entry.
 */
public record PhoneNumber(String digits) implements Serializable {

    public PhoneNumber {
        if (digits == null || !(isMobile(digits) || isLandline(digits))) {
            throw new InvalidInput("phone", "phone.error.format");
        }
    }

    public static PhoneNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput("phone", "phone.error.format");
        }
        String withoutExtension = text.split("(?i)#|ext\\.?|转", 2)[0];
        String digits = withoutExtension.replaceAll("[\\s\\-()（）.]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        }
        if (!digits.matches("\\d+")) {
            throw new InvalidInput("phone", "phone.error.format");
        }
        return new PhoneNumber(digits);
    }

    public boolean mobile() {
        return isMobile(digits);
    }

    /** As people write it: {@code 138 0013 8000}, {@code 0571-87654321}, {@code 010-12345678}. */
    public String display() {
        if (mobile()) {
            return digits.substring(0, 3) + " " + digits.substring(3, 7) + " " + digits.substring(7);
        }
        int areaLength = digits.charAt(1) == '1' || digits.charAt(1) == '2' ? 3 : 4;
        return digits.substring(0, areaLength) + "-" + digits.substring(areaLength);
    }

    private static boolean isMobile(String digits) {
        return digits.matches("1[3-9]\\d{9}");
    }

    /**
     * Two-digit area codes are 010 and 02x (Beijing, Shanghai, Tianjin, Chongqing, big cities) followed by 8 digits;
     * other area codes have three digits after the 0 and a 7- or 8-digit local number.
     */
    private static boolean isLandline(String digits) {
        return digits.matches("0(10|2\\d)[2-9]\\d{7}") || digits.matches("0[3-9]\\d{2}[2-9]\\d{6,7}");
    }

    @Override
    public String toString() {
        return digits;
    }
}
