/**
 * The portal's frame, below every other web package: language, messages from the bundles, how refusals and errors
 * are said, lazy tables, uploads.
 */
package com.aftersales.crm.web.shell;
