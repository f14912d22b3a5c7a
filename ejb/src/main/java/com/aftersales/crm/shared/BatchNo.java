package com.aftersales.crm.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A product's production batch (批号) as printed on the packaging: letters, digits and the separators {@code - _ / .},
 * at most 40 characters, starting with a letter or digit ({@code 20261105-A3}, {@code BZ2611/07}). Full-width
 * characters are folded (NFKC), white space around it trimmed and letters upper-cased, so that the same batch typed
 * twice groups as one.
 */
public final class BatchNo {

    public static final int MAX_LENGTH = 40;

    private static final Pattern FORM = Pattern.compile("[A-Z0-9][A-Z0-9\\-_/.]*");

    /**
     * The batch number in its one spelling, or null when blank (the batch is optional where it is asked).
     *
     * @throws InvalidInput on {@code field}: {@code batch.error.tooLong} or {@code batch.error.form}
     */
    public static String normalise(String text, String field) {
        String value = clean(text);
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidInput(field, "batch.error.tooLong", MAX_LENGTH);
        }
        if (!FORM.matcher(value).matches()) {
            throw new InvalidInput(field, "batch.error.form");
        }
        return value;
    }

    /** Whether the text is a valid batch number (blank is not). */
    public static boolean valid(String text) {
        String value = clean(text);
        return value != null && value.length() <= MAX_LENGTH && FORM.matcher(value).matches();
    }

    /** Folded, trimmed, upper-cased; null when blank. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String value = Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u00A0', ' ').strip()
                .toUpperCase(Locale.ROOT);
        return value.isEmpty() ? null : value;
    }

    private BatchNo() {
    }
}
