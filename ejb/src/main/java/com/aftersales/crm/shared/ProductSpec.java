package com.aftersales.crm.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The manual's way of writing a product: name (wood) + category + size, then veneer thickness and colour grade when
 * known, e.g. {@code 巴洛克黄金麦田实木多层910×125×15} or {@code 标准板香脂木豆实木多层910×125×15、2.0mm、黄标}.
 */
public final class ProductSpec {

    public static String format(String name, String category, int length, int width, int thickness, BigDecimal veneerMm,
                                String colourGrade) {
        StringBuilder spec = new StringBuilder(name).append(category)
                .append(length).append('×').append(width).append('×').append(thickness);
        if (veneerMm != null) {
            spec.append('、').append(veneerMm.setScale(1, RoundingMode.HALF_UP).toPlainString()).append("mm");
        }
        if (colourGrade != null && !colourGrade.isBlank()) {
            spec.append('、').append(colourGrade);
        }
        return spec.toString();
    }

    private ProductSpec() {
    }
}
