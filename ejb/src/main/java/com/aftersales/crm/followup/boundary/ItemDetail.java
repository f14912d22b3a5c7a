package com.aftersales.crm.followup.boundary;

import java.io.Serializable;
import java.util.List;

/** An unsatisfied item with every round. */
public record ItemDetail(ItemRow item, long followUpId, List<ItemRoundView> rounds) implements Serializable {
}
