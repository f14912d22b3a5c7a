package com.aftersales.crm.servicecase.entity;

/** How the case reached us (受理渠道): the 800 hotline, a dealer, a provider, the web. */
public enum Channel {
    HOTLINE, DEALER, PROVIDER, WEB
}
