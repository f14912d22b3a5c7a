package com.aftersales.crm.shared;

/** 铺装方式: floating (悬浮), on joists (龙骨), glued down (直接粘贴), other. */
public enum InstallationMethod { FLOATING, JOIST, GLUE_DOWN, OTHER }
