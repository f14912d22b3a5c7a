/** Reading and versioning policies (政策参数): an administrator adds versions, never edits one. */
package com.aftersales.crm.policy.boundary;
