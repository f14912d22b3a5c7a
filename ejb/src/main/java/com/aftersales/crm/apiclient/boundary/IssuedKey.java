package com.aftersales.crm.apiclient.boundary;

import java.io.Serializable;

/** A key just issued: the client, and the key in full — the only time it is ever shown. */
public record IssuedKey(ApiClientView client, String keyId, String key) implements Serializable {

    @Override
    public String toString() {
        return "IssuedKey[" + keyId + "]";
    }
}
