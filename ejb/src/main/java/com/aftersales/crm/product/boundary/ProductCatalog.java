package com.aftersales.crm.product.boundary;

import com.aftersales.crm.product.control.ProductRepository;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.shared.Option;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/** Active products as staff (and dealers, on their quality complaint and return forms) pick them, labelled with the manual's spec. */
@Stateless
@Secured({Role.AGENT, Role.SUPERVISOR, Role.ADMIN, Role.DEALER})
public class ProductCatalog {

    @Inject
    ProductRepository products;

    public List<Option> options() {
        return products.options();
    }
}
