package com.aftersales.crm.product.entity;

import java.io.Serializable;

/** One line of the product list, with the spec as the manual writes it. */
public record ProductRow(long id, String code, String brand, String productLine, String spec, boolean premium,
                         boolean active) implements Serializable {
}
