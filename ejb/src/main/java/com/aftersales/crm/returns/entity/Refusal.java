package com.aftersales.crm.returns.entity;

import java.io.Serializable;
import java.util.List;

/**
 * One rule a return request breaks: the rule, the form field it concerns, the message key
 * ({@code returns.refused.<rule>}) and the values the message quotes (the defect rate and the threshold, the age limit…).
 */
public record Refusal(Rule rule, String field, List<String> arguments) implements Serializable {

    /** The rules of the manual that can make goods not returnable. */
    public enum Rule {
        /** 经销商的样板和销售后的剩余产品不可退换 (第九章 2.7, 第十章 4.2.3). */
        SAMPLE_OR_LEFTOVER,
        /** 发货时间超过一年，不予退换 (第十章 4.2.4). */
        SHIPMENT_TOO_OLD,
        /** 经销商须接受每批货物3%的不良率; only above it may a batch go back (第十章 3.2, 4.2.2). */
        WITHIN_BATCH_TOLERANCE,
        /** 免责范围: installed by a non-authorised provider, no warranty card, improper use… (第十章 3.6). */
        WARRANTY_EXCLUSION,
        /** 超过一年的免费保修期: paid service, not a return (第十章 3.6, 4.4.2). */
        WARRANTY_EXPIRED
    }

    public Refusal {
        arguments = List.copyOf(arguments);
    }

    public String messageKey() {
        return "returns.refused." + rule.name();
    }
}
