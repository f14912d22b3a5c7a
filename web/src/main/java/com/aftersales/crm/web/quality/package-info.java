/** Quality complaint screens: the lists, the form with its photos and purchase proof, the detail and the answer. */
package com.aftersales.crm.web.quality;
