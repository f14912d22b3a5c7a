package com.aftersales.crm.customer.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A customer's record as the 360 view shows it. */
public record CustomerDetail(long id, String name, String customerClass, List<String> phones, String regionCode,
                             String address, String street, boolean suburban, Integer marketLevel, Long dealerId,
                             String dealer, String note, long version, Instant createdAt, Long mergedIntoId)
        implements Serializable {
}
