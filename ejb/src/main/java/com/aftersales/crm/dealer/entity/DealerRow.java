package com.aftersales.crm.dealer.entity;

import java.io.Serializable;

/** One line of the dealer list. Phone numbers are the stored digits. */
public record DealerRow(long id, String code, String name, String city, int marketLevel, String contactName,
                        String contactPhone, String hotline) implements Serializable {
}
