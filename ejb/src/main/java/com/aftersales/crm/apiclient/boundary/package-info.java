/** API clients (接口客户端): the systems that call the REST API with a key of their own, bound to one role and organisation. */
package com.aftersales.crm.apiclient.boundary;
