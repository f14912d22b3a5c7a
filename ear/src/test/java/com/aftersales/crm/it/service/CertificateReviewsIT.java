package com.aftersales.crm.it.service;

import com.aftersales.crm.it.Deployments;
import com.aftersales.crm.provider.boundary.CertificateReviews;
import com.aftersales.crm.provider.boundary.Crews;
import com.aftersales.crm.provider.entity.ReviewRow;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.shared.InvalidInput;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 上岗证年审 against the real database: the 70/30 review, its thresholds, renewal, and what an expired certificate stops. */
@ExtendWith(ArquillianExtension.class)
class CertificateReviewsIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(CertificateReviewsIT.class.getPackage());
    }

    @Inject
    CertificateReviews reviews;

    @Inject
    Crews crews;

    @Inject
    Sql sql;

    /** A new senior technician of provider 1 whose certificate runs until the given day. */
    private long technician(LocalDate validUntil) {
        long n = System.nanoTime() % 1_000_000_000L;
        return ((Number) sql.value("""
                insert into technician (provider_id, name, mobile, certificate_level, certificate_no, certificate_valid_until)
                values (1, '年审测试', '13' || lpad(?::text, 9, '0'), 'SENIOR', 'NS-' || ?, ?) returning id""",
                n, n, java.sql.Date.valueOf(validUntil))).longValue();
    }

    private LocalDate validUntil(long technicianId) {
        return ((java.sql.Date) sql.value("select certificate_valid_until from technician where id = ?", technicianId)).toLocalDate();
    }

    @Test
    void aReviewOfSixtyOrMorePassesAndRenewsTheCertificateForTheValidityPolicy() throws Exception {
        LocalDate today = LocalDate.now(CHINA);
        long technicianId = technician(today.plusMonths(2));

        ReviewRow review = RunAs.role(Role.SUPERVISOR, () -> reviews.review(technicianId, today.getYear(),
                new BigDecimal("70"), new BigDecimal("40")));

        assertThat(review.total()).isEqualByComparingTo("61.00");
        assertThat(review.passed()).isTrue();
        assertThat(review.feeWaived()).isFalse();
        assertThat(validUntil(technicianId)).isEqualTo(today.plusMonths(2).plusMonths(12));
        assertThat(review.validUntilBefore()).isEqualTo(today.plusMonths(2));
        assertThat(sql.count("select count(*) from certificate_review r join policy_value p on p.id = r.work_weight_policy_id "
                + "where r.id = ? and p.policy_key = 'certificate.review.work-weight'", review.id())).isOne();
        // Once a year: the same year again is refused.
        assertThatThrownBy(() -> RunAs.role(Role.SUPERVISOR, () -> reviews.review(technicianId, today.getYear(),
                new BigDecimal("90"), new BigDecimal("90"))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("technician.review.error.done"));
    }

    @Test
    void ninetyWaivesTheFeeAndBelowSixtyRenewsNothingSoTheExpiredTechnicianCannotBeSent() throws Exception {
        LocalDate today = LocalDate.now(CHINA);
        long excellent = technician(today.plusDays(10));
        ReviewRow top = RunAs.role(Role.ADMIN, () -> reviews.review(excellent, today.getYear(), new BigDecimal("92"),
                new BigDecimal("85")));
        assertThat(top.total()).isEqualByComparingTo("89.90");
        assertThat(top.feeWaived()).as("89.9 pays the fee").isFalse();
        long best = technician(today.plusDays(10));
        assertThat(RunAs.role(Role.ADMIN, () -> reviews.review(best, today.getYear(), new BigDecimal("90"),
                new BigDecimal("90"))).feeWaived()).isTrue();

        long weak = technician(today.minusDays(1));
        ReviewRow failed = RunAs.role(Role.SUPERVISOR, () -> reviews.review(weak, today.getYear(), new BigDecimal("60"),
                new BigDecimal("59.97")));
        assertThat(failed.total()).isEqualByComparingTo("59.99");
        assertThat(failed.passed()).isFalse();
        assertThat(validUntil(weak)).isEqualTo(today.minusDays(1));
        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> {
            crews.requireDispatchable(List.of(weak), 1L, false, today);
            return null;
        })).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aDepartedTechnicianIsNotReviewedAndOnlyHeadOfficeReviews() throws Exception {
        long technicianId = technician(LocalDate.now(CHINA).plusMonths(3));
        sql.update("update technician set active = false where id = ?", technicianId);
        assertThatThrownBy(() -> RunAs.role(Role.SUPERVISOR, () -> reviews.review(technicianId, LocalDate.now(CHINA).getYear(),
                new BigDecimal("80"), new BigDecimal("80"))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("technician.error.departed"));
        assertThatThrownBy(() -> RunAs.role(Role.PROVIDER, () -> reviews.history(technicianId))).isInstanceOf(Exception.class);
    }
}
