package com.aftersales.crm.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An entity whose rows are written once and never changed (a history line, a recorded call, a policy version, a
 * review): every column but the key is left out of updates, as {@code @Column(updatable = false)} on each field would
 * say (the naming rule, {@code platform.SchemaNames}, applies it). An attempt to change such a row after it is written
 * changes nothing in the database.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WrittenOnce {
}
