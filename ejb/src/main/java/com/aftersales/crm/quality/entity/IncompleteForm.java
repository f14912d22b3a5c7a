package com.aftersales.crm.quality.entity;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * A quality complaint form submitted with items missing (the manual: 逐项认真填写，不得空项). Names every missing item
 * at once, in the form's order, so that the dealer fixes them all in one go; each item is shown on its field in the
 * user's language ({@code quality.field.<item>} and {@code quality.missing.<item>}).
 */
@ApplicationException(rollback = true)
public class IncompleteForm extends RuntimeException {

    private final List<String> missing;
    private final int minPhotos;

    public IncompleteForm(List<String> missing, int minPhotos) {
        super("quality complaint form incomplete: " + String.join(", ", missing));
        this.missing = List.copyOf(missing);
        this.minPhotos = minPhotos;
    }

    /** The missing items, by field name. */
    public List<String> missing() {
        return missing;
    }

    /** The number of photos the policy in force asked for (the photo item's message quotes it). */
    public int minPhotos() {
        return minPhotos;
    }
}
