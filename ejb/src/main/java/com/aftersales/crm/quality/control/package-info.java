/** Keeping uploaded files outside the web root and telling what a file is from its content. */
package com.aftersales.crm.quality.control;
