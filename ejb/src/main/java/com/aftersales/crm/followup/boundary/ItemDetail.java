package com.aftersales.crm.followup.boundary;

import com.aftersales.crm.followup.entity.ItemRoundView;
import com.aftersales.crm.followup.entity.ItemRow;

import java.io.Serializable;
import java.util.List;

/** An unsatisfied item with every round. */
public record ItemDetail(ItemRow item, long followUpId, List<ItemRoundView> rounds) implements Serializable {
}
