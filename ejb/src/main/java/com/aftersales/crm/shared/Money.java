package com.aftersales.crm.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * 金额: an amount in yuan to the fen (two decimals). The one rounding rule — half up, once, where a computed figure
 * becomes money — lives here, so that a reward, a fine and a deposit are rounded alike wherever they are computed.
 */
public record Money(BigDecimal yuan) implements Comparable<Money>, Serializable {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(yuan, "yuan");
        yuan = yuan.setScale(2, RoundingMode.HALF_UP);
    }

    /** A computed figure (any scale) as money: rounded half up to the fen. */
    public static Money of(BigDecimal yuan) {
        return new Money(yuan);
    }

    public static Money of(String yuan) {
        return new Money(new BigDecimal(yuan));
    }

    public Money plus(Money other) {
        return new Money(yuan.add(other.yuan));
    }

    public Money minus(Money other) {
        return new Money(yuan.subtract(other.yuan));
    }

    /** The amount times a factor (a multiple, a coefficient), rounded once. */
    public Money times(BigDecimal factor) {
        return new Money(yuan.multiply(factor));
    }

    /** What is left of a subtraction that cannot go below nothing (a payable reward, a shortfall). */
    public Money atLeastZero() {
        return yuan.signum() < 0 ? ZERO : this;
    }

    public boolean isPositive() {
        return yuan.signum() > 0;
    }

    /** The amount, two decimals, for storage and display. */
    public BigDecimal amount() {
        return yuan;
    }

    @Override
    public int compareTo(Money other) {
        return yuan.compareTo(other.yuan);
    }

    @Override
    public String toString() {
        return yuan.toPlainString();
    }
}
