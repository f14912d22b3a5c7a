package com.aftersales.crm.web.shell;

import com.aftersales.crm.dealer.boundary.Dealers;
import com.aftersales.crm.product.boundary.ProductCatalog;
import com.aftersales.crm.provider.boundary.ServiceProviders;
import com.aftersales.crm.shared.Option;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The reference data the pages pick from (dealers, providers, products), read once per page. */
@Named
@ViewScoped
public class Choices implements Serializable {

    @Inject
    Dealers dealers;

    @Inject
    ServiceProviders providers;

    @Inject
    ProductCatalog catalog;

    private final Map<String, List<Option>> read = new HashMap<>();

    public List<Option> getDealers() {
        return once("dealers", dealers::options);
    }

    public List<Option> getProviders() {
        return once("providers", providers::options);
    }

    /** The providers an order or an item may go to now. */
    public List<Option> getActiveProviders() {
        return once("activeProviders", providers::activeOptions);
    }

    public List<Option> getProducts() {
        return once("products", catalog::options);
    }

    private List<Option> once(String list, Supplier<List<Option>> query) {
        return read.computeIfAbsent(list, ignored -> query.get());
    }
}
