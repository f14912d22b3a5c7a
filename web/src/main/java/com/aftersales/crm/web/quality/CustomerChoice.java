package com.aftersales.crm.web.quality;

import com.aftersales.crm.customer.boundary.CustomerRow;
import com.aftersales.crm.customer.boundary.Customers;
import com.aftersales.crm.installation.boundary.InstallationView;

import java.io.Serializable;
import java.util.List;

/**
 * Picking the customer a form is about: a search box (name, phone digits, card number, address, as in the customer
 * search) and the first matches to choose from — only customers the user may see are ever offered; then the customer
 * chosen, by name, with the installations the form may name.
 */
public class CustomerChoice implements Serializable {

    private String query;
    private List<CustomerRow> matches = List.of();
    private String name;
    private List<InstallationView> installations = List.of();

    public void search(Customers customers) {
        matches = query == null || query.isBlank() ? List.of() : customers.search(query.trim(), 0, 10, "name", true);
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<CustomerRow> getMatches() {
        return matches;
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

    public String getName() {
        return name;
    }

    public List<InstallationView> getInstallations() {
        return installations;
    }
}
