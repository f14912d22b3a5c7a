package com.aftersales.crm.returns.entity;

/**
 * The defects that make a batch returnable (manual 第九章 2.4, 第十章 4.2.2): cracked surface or paint, peeling or
 * see-through lacquer (板面开裂、油漆开裂、油漆脱膜、透底); warping beyond the national standard (扭曲变形);
 * mixed or wrong goods (品种混装或发错货); anything else beyond the national standard.
 */
public enum DefectKind {
    CRACKED_SURFACE, WARPED, MIXED_OR_WRONG_GOODS, OTHER_BEYOND_STANDARD
}
