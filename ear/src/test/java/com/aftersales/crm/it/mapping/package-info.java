/** Tests that every entity reads from the columns the Flyway schema has, and that its mapping stays the one the schema was written for. */
package com.aftersales.crm.it.mapping;
