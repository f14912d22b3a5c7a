package com.aftersales.crm.dashboard.entity;

/**
 * A region filter as a prefix of the GB/T 2260 codes it covers: a province (110000) covers every code starting with
 * its first two digits, a city (110100) its first four, a district only itself. Customers carry a district or a city,
 * so a prefix match finds them under both.
 */
public final class RegionPrefix {

    public static String of(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.trim();
        if (!c.matches("\\d{6}")) {
            throw new IllegalArgumentException("not a region code: " + code);
        }
        if (c.endsWith("0000")) {
            return c.substring(0, 2);
        }
        return c.endsWith("00") ? c.substring(0, 4) : c;
    }

    /** The city a district belongs to (a city is itself), the level the dashboard groups regions by. */
    public static String city(String code) {
        return code.substring(0, 4) + "00";
    }

    private RegionPrefix() {
    }
}
