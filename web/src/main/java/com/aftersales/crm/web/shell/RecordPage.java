package com.aftersales.crm.web.shell;

import com.aftersales.crm.shared.NotFound;

import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;

/**
 * A page about one record, named in its address ({@code ?id=…}, a view parameter). A page that needs the record
 * answers 404 without one, as it does for a missing id and for another organisation's.
 */
public abstract class RecordPage implements Serializable {

    /** The record's id from the address; null on a page that creates the record. */
    @Getter @Setter protected Long id;

    /** The record's id; "not found" when the address names none. */
    protected long requiredId(String what) {
        if (id == null) {
            throw new NotFound(what);
        }
        return id;
    }
}
