package com.aftersales.crm.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqlValuesTest {

    @Test
    void aListFilterMatchesAnywhereWithItsWildcardsTakenLiterally() {
        assertThat(SqlValues.containsPattern(" 王_5%\\ ")).isEqualTo("%王\\_5\\%\\\\%");
    }

    @Test
    void anEmptyFilterFiltersNothing() {
        assertThat(SqlValues.containsPattern("  ")).isNull();
        assertThat(SqlValues.containsPattern(null)).isNull();
    }
}
