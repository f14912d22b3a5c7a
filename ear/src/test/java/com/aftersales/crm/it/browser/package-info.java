/** Browser tests in headless Chromium, one page object per screen. */
package com.aftersales.crm.it.browser;
