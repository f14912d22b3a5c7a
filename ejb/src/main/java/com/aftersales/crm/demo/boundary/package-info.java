/** Loading the demo's year of history (set-based SQL, then the month ends, weekly reports and roll-ups it implies). */
package com.aftersales.crm.demo.boundary;
