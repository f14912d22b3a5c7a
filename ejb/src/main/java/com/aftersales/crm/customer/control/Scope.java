package com.aftersales.crm.customer.control;

/**
 * Which customers a caller may see: all of them (head-office staff), those of one dealer (registered by it or with
 * an installation it sold), or those of one provider (with an installation it did).
 */
public record Scope(boolean all, Long dealerId, Long providerId) {

    public static Scope everything() {
        return new Scope(true, null, null);
    }

    public static Scope dealer(long dealerId) {
        return new Scope(false, dealerId, null);
    }

    public static Scope provider(long providerId) {
        return new Scope(false, null, providerId);
    }

    /** A SQL condition on customer alias {@code c}; its parameters are {@link #parameter()}. */
    public String condition() {
        if (all) {
            return "true";
        }
        if (dealerId != null) {
            return "(c.dealer_id = ?::bigint or exists (select 1 from installation_archive si where si.customer_id = c.id and si.dealer_id = ?::bigint))";
        }
        return "exists (select 1 from installation_archive si where si.customer_id = c.id and si.provider_id = ?::bigint)";
    }

    public Object[] parameter() {
        if (all) {
            return new Object[0];
        }
        return dealerId != null ? new Object[]{dealerId, dealerId} : new Object[]{providerId};
    }
}
