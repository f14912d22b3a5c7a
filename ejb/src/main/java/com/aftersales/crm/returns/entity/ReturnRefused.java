package com.aftersales.crm.returns.entity;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * A return request that the manual's rules do not allow, refused when the dealer files it — nothing is stored, and
 * every rule it breaks is named on its field, so the dealer knows at once why and can correct a mistyped date or
 * quantity. (Filing it and rejecting it automatically was the alternative; a dealer reads a refusal on the form
 * more easily than a rejected request in a list.)
 */
@ApplicationException(rollback = true)
public class ReturnRefused extends RuntimeException {

    private final List<Refusal> refusals;

    public ReturnRefused(List<Refusal> refusals) {
        super("return request refused: " + refusals);
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}
