package com.aftersales.crm.web.quality;

import com.aftersales.crm.customer.boundary.CustomerRow;
import com.aftersales.crm.customer.boundary.Customers;

import java.io.Serializable;
import java.util.List;

/**
 * Picking the customer a form is about: a search box (name, phone digits, card number, address, as in the customer
 * search) and the first matches to choose from — only customers the user may see are ever offered.
 */
public class CustomerChoice implements Serializable {

    private String query;
    private List<CustomerRow> matches = List.of();

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
}
