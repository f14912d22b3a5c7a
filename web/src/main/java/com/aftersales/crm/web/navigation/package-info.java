/** The menu and the home pages: which screens the user's roles open (above security, which says who the user is). */
package com.aftersales.crm.web.navigation;
