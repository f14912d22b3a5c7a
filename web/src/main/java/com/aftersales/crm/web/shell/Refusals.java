package com.aftersales.crm.web.shell;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where and how an action says the domain's refusals ({@code InvalidInput}, {@code ConcurrentChange},
 * {@code IllegalTransition}, {@code NotFound}) to the user: the one path of the portal, carried out by
 * {@link RefusalInterceptor}, as {@code web.api.ErrorMappers} is for the REST API. A refusal the annotation does not
 * name a sentence for goes on to the container ({@code NotFound}: the 404 page, see {@link PortalExceptionHandler}).
 *
 * <p>A refused action has done nothing, so the messages are added with {@code validationFailed()} and the page keeps
 * what the user typed.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Refusals {

    /** The form whose inputs a refused field is said on ({@code "customerForm"}); empty: the page's messages. */
    @Nonbinding String form() default "";

    /** The prefix of the fields' label keys ({@code "customer.field."}); empty: the reason alone, without a label. */
    @Nonbinding String labels() default "";

    /** The input every refused field is said on; empty: the input named after the field. */
    @Nonbinding String field() default "";

    /** The label key of {@link #field()}, when it is not the refused field's own. */
    @Nonbinding String label() default "";

    /** Fields said on their own input even when {@link #field()} is set. */
    @Nonbinding String[] ownFields() default {};

    /** Fields said in the page's messages, not on an input (the form has none for them). */
    @Nonbinding String[] pageFields() default {};

    /** The sentence for a record somebody else changed meanwhile. */
    @Nonbinding String concurrent() default "error.concurrentChange";

    /**
     * A step the record's state no longer allows, said with the state and the step: the key prefix of
     * {@code <steps>.error.illegalTransition}, {@code <steps>.status.*} and {@code <steps>.action.*} — or
     * {@code "case"} for the service case and its orders (see {@link RefusalInterceptor}).
     */
    @Nonbinding String steps() default "";

    /** A step the state no longer allows, said in one fixed sentence instead of {@link #steps()}. */
    @Nonbinding String illegal() default "";

    /** The sentence for a record that is gone (or not the caller's); empty: the 404 page. */
    @Nonbinding String notFound() default "";

    /** The input {@link #notFound()} is said on (labelled from {@link #labels()}); empty: the page's messages. */
    @Nonbinding String notFoundField() default "";
}
