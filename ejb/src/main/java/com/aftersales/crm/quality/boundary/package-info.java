/** Filing, completing, submitting and answering quality complaints; their files, read only by who may see them. */
package com.aftersales.crm.quality.boundary;
