package com.aftersales.crm.customer.control;

import java.util.ArrayList;
import java.util.List;

/**
 * What the one search box was given, and the SQL that finds it: the last digits of a phone (4 or fewer digits, a
 * suffix index), a longer phone fragment (trigram index), a warranty card number (prefix), or text — a name prefix
 * or an address fragment (three characters or more).
 */
public record SearchQuery(Kind kind, String text) {

    public enum Kind { ALL, PHONE_SUFFIX, PHONE_FRAGMENT, WARRANTY_CARD, TEXT }

    /**
     * An address fragment needs three characters: the trigram index cannot narrow a shorter one, and one or two
     * characters are how people start a name (王, 王秀), which the name index answers at once.
     */
    static final int MIN_ADDRESS_FRAGMENT = 3;

    public static SearchQuery of(String input) {
        String text = input == null ? "" : input.trim();
        if (text.isEmpty()) {
            return new SearchQuery(Kind.ALL, "");
        }
        String digits = text.replaceAll("[\\s\\-]", "");
        if (digits.matches("\\d{1,4}")) {
            return new SearchQuery(Kind.PHONE_SUFFIX, digits);
        }
        if (digits.matches("\\d{5,16}")) {
            return new SearchQuery(Kind.PHONE_FRAGMENT, digits);
        }
        if (text.matches("(?i)[a-z]{1,6}[-a-z0-9]*\\d[-a-z0-9]*")) {
            return new SearchQuery(Kind.WARRANTY_CARD, text.toUpperCase());
        }
        return new SearchQuery(Kind.TEXT, text);
    }

    /** A SQL condition on customer alias {@code c}, with its parameters appended to {@code parameters}. */
    public String condition(List<Object> parameters) {
        switch (kind) {
            case PHONE_SUFFIX -> {
                parameters.add(new StringBuilder(text).reverse() + "%");
                return "exists (select 1 from customer_phone p where p.customer_id = c.id and reverse(p.number) like ?)";
            }
            case PHONE_FRAGMENT -> {
                parameters.add("%" + text + "%");
                return "exists (select 1 from customer_phone p where p.customer_id = c.id and p.number like ?)";
            }
            case WARRANTY_CARD -> {
                parameters.add(escape(text) + "%");
                return "exists (select 1 from installation_archive w where w.customer_id = c.id and w.warranty_card_no like ?)";
            }
            case TEXT -> {
                parameters.add(escape(text) + "%");
                if (text.length() < MIN_ADDRESS_FRAGMENT) {
                    return "c.name like ?";
                }
                parameters.add("%" + escape(text) + "%");
                return "(c.name like ? or c.street like ?)";
            }
            default -> {
                return "true";
            }
        }
    }

    public List<Object> parameters() {
        List<Object> parameters = new ArrayList<>();
        condition(parameters);
        return parameters;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
