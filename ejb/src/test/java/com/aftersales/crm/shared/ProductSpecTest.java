package com.aftersales.crm.shared;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class ProductSpecTest {

    @Test
    void specIsNameCategoryAndSizeAsInTheManual() {
        assertThat(ProductSpec.format("巴洛克黄金麦田", "实木多层", 910, 125, 15, null, null))
                .isEqualTo("巴洛克黄金麦田实木多层910×125×15");
    }

    @Test
    void veneerThicknessAndColourGradeFollowWhenKnown() {
        assertThat(ProductSpec.format("标准板香脂木豆", "实木多层", 910, 125, 15, new BigDecimal("2"), "黄标"))
                .isEqualTo("标准板香脂木豆实木多层910×125×15、2.0mm、黄标");
    }
}
