/** 铺装档案周报送: the providers' weekly archive submissions, loaded by a Jakarta Batch job. */
package com.aftersales.crm.submission;
