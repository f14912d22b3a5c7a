/** The portal's frame: language, menu per role, home pages, messages from the bundles. */
package com.aftersales.crm.web.shell;
