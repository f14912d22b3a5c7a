/** The installation archive's statements, and the names and specs of what an archive refers to. */
package com.aftersales.crm.installation.control;
