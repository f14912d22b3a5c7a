package com.aftersales.crm.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchNoTest {

    @Test
    void aBatchNumberIsFoldedTrimmedAndUpperCased() {
        assertThat(BatchNo.normalise(" ２０２６1105-a3 ", "batchNo")).isEqualTo("20261105-A3");
        assertThat(BatchNo.normalise("bz2611/07.1_b", "batchNo")).isEqualTo("BZ2611/07.1_B");
        assertThat(BatchNo.normalise("  ", "batchNo")).isNull();
        assertThat(BatchNo.normalise(null, "batchNo")).isNull();
    }

    @Test
    void otherCharactersAndOverlongNumbersAreRefusedOnTheField() {
        assertThatThrownBy(() -> BatchNo.normalise("批次1", "batchNo"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("batchNo");
                    assertThat(e.messageKey()).isEqualTo("batch.error.form");
                });
        assertThatThrownBy(() -> BatchNo.normalise("-A1", "batchNo")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> BatchNo.normalise("A".repeat(41), "batchNo"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("batch.error.tooLong"));
        assertThat(BatchNo.normalise("A".repeat(40), "batchNo")).hasSize(40);
    }
}
