package com.aftersales.crm.customer.control;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueryTest {

    @Test
    void lastFourDigitsSearchThePhoneSuffix() {
        SearchQuery query = SearchQuery.of(" 8000 ");
        List<Object> parameters = new ArrayList<>();

        assertThat(query.kind()).isEqualTo(SearchQuery.Kind.PHONE_SUFFIX);
        assertThat(query.condition(parameters)).contains("reverse(p.number) like ?");
        assertThat(parameters).containsExactly("0008%");
    }

    @Test
    void longerDigitRunsSearchAnywhereInTheNumber() {
        SearchQuery query = SearchQuery.of("0013-8");

        assertThat(query.kind()).isEqualTo(SearchQuery.Kind.PHONE_FRAGMENT);
        assertThat(query.parameters()).containsExactly("%00138%");
    }

    @Test
    void lettersFollowedByDigitsAreAWarrantyCard() {
        assertThat(SearchQuery.of("bxk2026").kind()).isEqualTo(SearchQuery.Kind.WARRANTY_CARD);
        assertThat(SearchQuery.of("bxk2026").parameters()).containsExactly("BXK2026%");
    }

    @Test
    void textIsANamePrefixOrAnAddressFragmentWithWildcardsEscaped() {
        SearchQuery query = SearchQuery.of("王_5%");

        assertThat(query.kind()).isEqualTo(SearchQuery.Kind.TEXT);
        assertThat(query.parameters()).containsExactly("王\\_5\\%%", "%王\\_5\\%%");
    }

    @Test
    void oneOrTwoCharactersAreANamePrefixOnly() {
        SearchQuery query = SearchQuery.of("王秀");
        List<Object> parameters = new ArrayList<>();

        assertThat(query.condition(parameters)).isEqualTo("c.name like ?");
        assertThat(parameters).containsExactly("王秀%");
    }

    @Test
    void emptyBoxListsEveryone() {
        assertThat(SearchQuery.of("  ").kind()).isEqualTo(SearchQuery.Kind.ALL);
    }
}
