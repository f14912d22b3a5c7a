package com.aftersales.crm.it.api;

import java.util.List;
import java.util.Map;

/** The shapes Selenium's {@code Json} reads an API answer into, named for the API tests. */
final class JsonValues {

    private JsonValues() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rows(Object value) {
        return (List<Map<String, Object>>) value;
    }

    static long id(Object value) {
        return ((Number) value).longValue();
    }
}
