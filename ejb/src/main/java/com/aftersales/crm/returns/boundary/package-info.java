/** Filing return and exchange requests and deciding them step by step; the dealer sees only its own. */
package com.aftersales.crm.returns.boundary;
