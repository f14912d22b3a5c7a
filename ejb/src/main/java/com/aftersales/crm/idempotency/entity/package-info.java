/** The record of one keyed request and its kept answer. */
package com.aftersales.crm.idempotency.entity;
