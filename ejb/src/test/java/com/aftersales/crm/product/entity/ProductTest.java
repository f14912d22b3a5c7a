package com.aftersales.crm.product.entity;

import com.aftersales.crm.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductTest {

    @Test
    void specIsNameCategoryAndSize() {
        Product product = new Product("BLK-HJMT-910", "生活家", "巴洛克", "巴洛克黄金麦田", "实木多层", 910, 125, 15, null, null, false);

        assertThat(product.spec()).isEqualTo("巴洛克黄金麦田实木多层910×125×15");
    }

    @Test
    void specAddsVeneerAndColourGradeWhenKnown() {
        Product product = new Product("BZB-XZMD-910", "生活家", "标准板", "标准板香脂木豆", "实木多层", 910, 125, 15,
                new BigDecimal("2"), "黄标", false);

        assertThat(product.spec()).isEqualTo("标准板香脂木豆实木多层910×125×15、2.0mm、黄标");
    }

    @Test
    void sizesArePositive() {
        assertThatThrownBy(() -> new Product("X", "生活家", "标准板", "香脂木豆", "实木多层", 910, 0, 15, null, null, false))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("widthMm");
                    assertThat(e.messageKey()).isEqualTo("product.error.positive");
                });
        assertThatThrownBy(() -> new Product("X", "生活家", "标准板", "香脂木豆", "实木多层", 910, 125, -1, null, null, false))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("thicknessMm"));
    }

    @Test
    void veneerIsOptionalButPositiveWhenGiven() {
        assertThatThrownBy(() -> new Product("X", "生活家", "标准板", "香脂木豆", "实木多层", 910, 125, 15, BigDecimal.ZERO, null, false))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("veneerMm"));
    }

    @Test
    void blankColourGradeIsNoColourGrade() {
        Product product = new Product("X", "生活家", "标准板", "香脂木豆", "实木多层", 910, 125, 15, null, " ", true);

        assertThat(product.getColourGrade()).isNull();
        assertThat(product.spec()).isEqualTo("香脂木豆实木多层910×125×15");
    }
}
