/** API clients, their keys (only the secret's hash is kept) and the key format. */
package com.aftersales.crm.apiclient.entity;
