/** One line of a customer's timeline, as stored. */
package com.aftersales.crm.timeline.entity;
