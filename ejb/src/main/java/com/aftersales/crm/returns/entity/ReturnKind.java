package com.aftersales.crm.returns.entity;

/**
 * 售前退换货: the goods are not installed yet (wrong goods, failed unpacking inspection, a company recall);
 * 售后退换货: installed, with a quality problem that cannot be repaired on site.
 */
public enum ReturnKind {
    PRE_SALE, AFTER_SALE
}
