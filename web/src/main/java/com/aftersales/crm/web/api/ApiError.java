package com.aftersales.crm.web.api;

import java.util.List;

/** The body of every error answer: status, a stable error code, a message, and the fields at fault. */
public record ApiError(int status, String error, String message, List<FieldError> fields) {

    public record FieldError(String field, String message) {
    }
}
