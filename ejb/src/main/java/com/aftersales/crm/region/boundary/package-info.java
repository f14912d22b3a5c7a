/** Looking regions up for addresses and pick lists. */
package com.aftersales.crm.region.boundary;
