package com.aftersales.crm.web.quality;

import com.aftersales.crm.customer.boundary.CustomerRow;
import com.aftersales.crm.customer.boundary.Customers;
import com.aftersales.crm.installation.boundary.InstallationView;

import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/**
 * Picking the customer a form is about: a search box (name, phone digits, card number, address, as in the customer
 * search) and the first matches to choose from — only customers the user may see are ever offered; then the customer
 * chosen, by name, with the installations the form may name.
 */
public class CustomerChoice implements Serializable {

    @Getter @Setter private String query;
    @Getter private List<CustomerRow> matches = List.of();
    @Getter private String name;
    @Getter private List<InstallationView> installations = List.of();

    public void search(Customers customers) {
        matches = query == null || query.isBlank() ? List.of() : customers.search(query.trim(), 0, 10, "name", true);
    }

    public void clear() {
        matches = List.of();
    }

    /** A customer chosen (or the one a saved form already names): the matches go, its name and installations show. */
    public void chosen(String customerName, List<InstallationView> customerInstallations) {
        clear();
        name = customerName;
        installations = customerInstallations;
    }
}
