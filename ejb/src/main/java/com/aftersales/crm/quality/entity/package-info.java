/** Quality complaint forms (产品质量投诉表), their photos and purchase proof, and the rules a form must meet. */
package com.aftersales.crm.quality.entity;
