package com.aftersales.crm.region.entity;

import java.io.Serializable;

/** A region to pick, with what an address needs from it. */
public record RegionOption(String code, String name, Integer marketLevel, boolean suburban) implements Serializable {
}
