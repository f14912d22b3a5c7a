package com.aftersales.crm.product.boundary;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.product.control.ProductRepository;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.shared.Option;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/** Active products as staff (and dealers, on their quality complaint and return forms) pick them, labelled with the manual's spec. */
@Stateless
@Secured(Duty.DEALER_SERVICE)
public class ProductCatalog {

    @Inject
    ProductRepository products;

    public List<Option> options() {
        return products.options();
    }
}
