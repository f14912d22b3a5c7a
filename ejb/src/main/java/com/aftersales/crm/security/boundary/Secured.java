package com.aftersales.crm.security.boundary;

import com.aftersales.crm.security.entity.Duty;
import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The duties whose roles may call a service (any one of those roles suffices); on a method it replaces the class's. The
 * web filter checks URLs too: this is the second lock, the one REST, the portal and batch all pass through.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Secured {

    @Nonbinding
    Duty[] value();
}
