/** Monthly service cases (服务案例) the providers submit, judged by supervisors. */
package com.aftersales.crm.casestudy.entity;
