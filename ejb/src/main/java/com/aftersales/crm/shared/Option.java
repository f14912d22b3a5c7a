package com.aftersales.crm.shared;

import java.io.Serializable;

/** Something to pick from a list: its id and what the user reads. */
public record Option(long id, String code, String name) implements Serializable {

    public String label() {
        return code + " " + name;
    }
}
