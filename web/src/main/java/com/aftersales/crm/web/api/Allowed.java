package com.aftersales.crm.web.api;

import com.aftersales.crm.security.entity.Duty;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The duties whose roles may call a resource method (on the class: its every method that names none). The same
 * {@link Duty} the service behind it is {@code @Secured} with, so the API and the portal cannot drift apart.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Allowed {

    Duty[] value();
}
