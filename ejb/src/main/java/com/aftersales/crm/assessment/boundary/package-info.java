/** Provider scoring: the monthly assessment with its lines, the quarterly coefficient, the yearly reward. */
package com.aftersales.crm.assessment.boundary;
