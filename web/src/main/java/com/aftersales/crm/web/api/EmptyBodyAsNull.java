package com.aftersales.crm.web.api;

import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;
import java.io.PushbackInputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource: a call may send no body at all (a step without a note, a visit at the agreed time), and the method
 * then gets null and decides — instead of the JSON reader's bare 400 for an empty body, with or without a
 * Content-Type.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface EmptyBodyAsNull {

    @Provider
    @EmptyBodyAsNull
    class Reader implements ReaderInterceptor {

        @Override
        public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
            PushbackInputStream body = new PushbackInputStream(context.getInputStream(), 1);
            int first = body.read();
            if (first == -1) {
                return null;
            }
            body.unread(first);
            context.setInputStream(body);
            return context.proceed();
        }
    }
}
