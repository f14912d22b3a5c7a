package com.aftersales.crm.it.service;

import com.aftersales.crm.information.boundary.InformationDraft;
import com.aftersales.crm.information.boundary.InformationItems;
import com.aftersales.crm.information.boundary.InformationWatch;
import com.aftersales.crm.information.entity.Direction;
import com.aftersales.crm.information.entity.InformationCategory;
import com.aftersales.crm.information.entity.Urgency;
import com.aftersales.crm.it.Deployments;
import com.aftersales.crm.security.boundary.AccessDenied;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.shared.NotFound;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 市场信息反馈 against the real database: the 3-day answer, the manual's two records, who sees and answers what. */
@ExtendWith(ArquillianExtension.class)
class InformationItemsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(InformationItemsIT.class.getPackage());
    }

    @Inject
    InformationItems items;

    @Inject
    InformationWatch watch;

    @Inject
    Sql sql;

    private static UserPrincipal dealer(long dealerId) {
        return new UserPrincipal(-1, "test-dealer-" + dealerId, "经销商", Set.of(Role.DEALER), dealerId, null, "zh_CN");
    }

    private static UserPrincipal provider(long providerId) {
        return new UserPrincipal(-1, "test-provider-" + providerId, "服务商", Set.of(Role.PROVIDER), null, providerId, "zh_CN");
    }

    private static InformationDraft draft(String subject) {
        InformationDraft draft = new InformationDraft();
        draft.setCategory(InformationCategory.MARKET);
        draft.setUrgency(Urgency.WEEKLY);
        draft.setSubject(subject);
        draft.setContent("本周竞品在本地降价促销，客流明显减少");
        draft.setProposal("建议同步开展以旧换新活动");
        return draft;
    }

    private Instant instant(String query, Object... parameters) {
        Object value = sql.value(query, parameters);
        return value instanceof java.sql.Timestamp t ? t.toInstant() : ((java.time.OffsetDateTime) value).toInstant();
    }

    @Test
    void aDealersItemIsDueInThreeDaysFromThePolicyAndItsCustomerSeesItInThe360() throws Exception {
        long customerId = ((Number) sql.value("select id from customer where dealer_id = 1 and merged_into_id is null order by id limit 1")).longValue();
        InformationDraft draft = draft("客户反映售后电话难打通");
        draft.setCategory(InformationCategory.CUSTOMER);
        draft.setCustomerId(customerId);

        long itemId = RunAs.user(dealer(1), () -> items.file(draft));

        Instant filed = instant("select filed_at from information_item where id = ?", itemId);
        assertThat(instant("select answer_due from information_item where id = ?", itemId)).isEqualTo(filed.plus(Duration.ofDays(3)));
        assertThat(((Number) sql.value("select answer_policy_id from information_item where id = ?", itemId)).longValue())
                .isEqualTo(((Number) sql.value("select id from policy_value where policy_key = 'information.answer-days'")).longValue());
        assertThat(sql.value("select direction from information_item where id = ?", itemId)).isEqualTo("FROM_NETWORK");
        // the dealer cannot answer its own item; the department does, and the customer's timeline shows both
        assertThatThrownBy(() -> RunAs.user(dealer(1), () -> {
            items.answer(itemId, "自问自答");
            return null;
        })).isInstanceOf(AccessDenied.class);
        RunAs.role(Role.INFO_OFFICER, () -> items.answer(itemId, "已通知呼叫中心增加坐席"));
        assertThat(RunAs.user(dealer(1), () -> items.detail(itemId)).answer()).isEqualTo("已通知呼叫中心增加坐席");
        assertThat(sql.count("select count(*) from customer_event where customer_id = ? and ref_type = 'INFORMATION' and ref_id = ?",
                customerId, itemId)).isEqualTo(2);
    }

    @Test
    void aNetworkPointSeesOnlyItsOwnItemsWhateverIdItSends() throws Exception {
        long itemId = RunAs.user(dealer(1), () -> items.file(draft("只属于D-BJ-001的信息")));
        assertThatThrownBy(() -> RunAs.user(dealer(2), () -> items.detail(itemId))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> RunAs.user(provider(1), () -> items.detail(itemId))).isInstanceOf(NotFound.class);
        assertThat(RunAs.user(dealer(2), () -> items.list(null, false, false, 0, 200))).noneMatch(row -> row.id() == itemId);
        assertThat(RunAs.user(dealer(1), () -> items.list(null, false, false, 0, 200))).anyMatch(row -> row.id() == itemId);
    }

    @Test
    void anItemTheProviderLeavesUnansweredThreeDaysIsRecordedTwiceAgainstItOnceHoweverOftenTheWatchRuns() throws Exception {
        InformationDraft draft = draft("请反馈本周安装质量问题");
        draft.setProviderId(1L);
        long itemId = RunAs.role(Role.INFO_OFFICER, () -> items.send(draft));
        sql.update("update information_item set answer_due = now() - interval '1 hour' where id = ?", itemId);

        watch.recordOverdue();
        watch.recordOverdue();

        assertThat(sql.rows("select kind from network_event where source_type = 'INFORMATION_ITEM' and source_id = ? and provider_id = 1 order by kind",
                itemId)).extracting(r -> r[0]).containsExactly("INFO_NON_STANDARD", "SERVICE_NOT_TIMELY");
        assertThat(instant("select overdue_recorded_at from information_item where id = ?", itemId))
                .isEqualTo(instant("select answer_due from information_item where id = ?", itemId));
        // answering late afterwards records nothing more
        RunAs.user(provider(1), () -> {
            items.answer(itemId, "本周无安装质量问题");
            return null;
        });
        assertThat(sql.count("select count(*) from network_event where source_type = 'INFORMATION_ITEM' and source_id = ?", itemId))
                .isEqualTo(2);
        assertThat(RunAs.role(Role.INFO_OFFICER, () -> items.detail(itemId)).late()).isTrue();
    }

    @Test
    void theDepartmentsOwnLatenessIsOnTheItemNotAgainstTheDealer() throws Exception {
        long itemId = RunAs.user(dealer(1), () -> items.file(draft("三天无人回复的信息")));
        sql.update("update information_item set answer_due = now() - interval '1 minute' where id = ?", itemId);

        watch.recordOverdue();

        assertThat(sql.value("select overdue_recorded_at is not null from information_item where id = ?", itemId)).isEqualTo(true);
        assertThat(sql.count("select count(*) from network_event where source_type = 'INFORMATION_ITEM' and source_id = ?", itemId)).isZero();
        assertThat(RunAs.role(Role.SUPERVISOR, () -> items.list(Direction.FROM_NETWORK, true, true, 0, 200)))
                .anyMatch(row -> row.id() == itemId);
    }

    @Test
    void aProviderAnswersWithinThreeDaysAndNothingIsRecorded() throws Exception {
        InformationDraft draft = draft("请核实客户投诉");
        draft.setProviderId(1L);
        long itemId = RunAs.role(Role.SUPERVISOR, () -> items.send(draft));
        assertThatThrownBy(() -> RunAs.role(Role.INFO_OFFICER, () -> {
            items.answer(itemId, "部门自己回复");
            return null;
        })).as("the provider owes this answer").isInstanceOf(AccessDenied.class);
        RunAs.user(provider(1), () -> {
            items.answer(itemId, "已核实，客户问题已处理");
            return null;
        });
        watch.recordOverdue();
        assertThat(sql.count("select count(*) from network_event where source_id = ? and source_type = 'INFORMATION_ITEM'", itemId)).isZero();
        assertThat(sql.value("select overdue_recorded_at from information_item where id = ?", itemId)).isNull();
    }
}
