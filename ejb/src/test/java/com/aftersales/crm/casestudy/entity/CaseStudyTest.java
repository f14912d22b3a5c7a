package com.aftersales.crm.casestudy.entity;

import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseStudyTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    private static CaseStudy study(String lessons) {
        return new CaseStudy(1, YearMonth.of(2026, 11), "起拱处理", "客户反映起拱", "重新留伸缩缝", lessons, NOW, "provider");
    }

    @Test
    void aCaseTellsTheSituationTheHandlingAndTheLessonsForAMonth() {
        assertThat(study("铺装须留足伸缩缝").getMonth()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThatThrownBy(() -> study(" "))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("lessons"));
        assertThatThrownBy(() -> new CaseStudy(1, null, "t", "s", "h", "l", NOW, "p"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("month"));
    }

    @Test
    void aSupervisorJudgesACaseWorthlessOnceWithTheReason() {
        CaseStudy study = study("铺装须留足伸缩缝");
        assertThatThrownBy(() -> study.judgeWorthless(null, "supervisor", NOW))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(study.isWorthless()).isFalse();
        study.judgeWorthless("只有结论，没有处理过程", "supervisor", NOW);
        assertThat(study.isWorthless()).isTrue();
        assertThatThrownBy(() -> study.judgeWorthless("再判一次", "supervisor", NOW)).isInstanceOf(IllegalTransition.class);
    }
}
