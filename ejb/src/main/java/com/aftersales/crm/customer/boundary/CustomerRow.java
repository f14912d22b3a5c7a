package com.aftersales.crm.customer.boundary;

import java.io.Serializable;
import java.time.Instant;

/** One line of a customer list: enough to recognise the customer on the phone. */
public record CustomerRow(long id, String name, String customerClass, String mainPhone, String address, boolean suburban,
                          String dealer, Instant createdAt) implements Serializable {
}
