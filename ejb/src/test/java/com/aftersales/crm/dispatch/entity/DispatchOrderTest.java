package com.aftersales.crm.dispatch.entity;

import com.aftersales.crm.shared.CaseType;
import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DispatchOrderTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private static final Instant VISIT = NOW.plus(Duration.ofHours(4));

    private static DispatchOrder order() {
        return new DispatchOrder(1, 2, List.of(5L), false, VISIT, 30, 9, "带防潮膜", NOW, "agent");
    }

    private static DispatchOrder scheduled() {
        DispatchOrder order = order();
        order.accept(NOW.plusSeconds(60));
        order.schedule(null, NOW.plusSeconds(120));
        return order;
    }

    @Test
    void aRepairCasesOrderIsAlwaysARepairAndAnExplicitNoIsRefusedNamingTheField() {
        assertThat(DispatchOrder.repairFor(CaseType.REPAIR, null)).isTrue();
        assertThat(DispatchOrder.repairFor(CaseType.REPAIR, true)).isTrue();
        assertThatThrownBy(() -> DispatchOrder.repairFor(CaseType.REPAIR, false))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("repair");
                    assertThat(e.messageKey()).isEqualTo("dispatch.error.repairCaseIsRepair");
                });
    }

    @Test
    void anotherVisitIsARepairOnlyWhenTheAgentMakesItOne() {
        for (CaseType type : new CaseType[]{CaseType.COMPLAINT, CaseType.MAINTENANCE}) {
            assertThat(DispatchOrder.repairFor(type, null)).as(type.name()).isFalse();
            assertThat(DispatchOrder.repairFor(type, false)).as(type.name()).isFalse();
            assertThat(DispatchOrder.repairFor(type, true)).as(type.name()).isTrue();
        }
    }

    @Test
    void theVisitIsPromisedWithAThirtyMinuteTolerance() {
        assertThat(order().isWithinTolerance(VISIT.plus(Duration.ofMinutes(30)))).isTrue();
        assertThat(order().isWithinTolerance(VISIT.minus(Duration.ofMinutes(30)))).isTrue();
        assertThat(order().isWithinTolerance(VISIT.plus(Duration.ofMinutes(31)))).isFalse();
        assertThat(order().isWithinTolerance(VISIT.minus(Duration.ofMinutes(31)))).isFalse();
    }

    @Test
    void arrivingOutsideTheToleranceIsNotPunctual() {
        DispatchOrder late = scheduled();
        late.arrive(VISIT.plus(Duration.ofMinutes(45)));
        assertThat(late.getPunctual()).isFalse();
        DispatchOrder onTime = scheduled();
        onTime.arrive(VISIT.plus(Duration.ofMinutes(20)));
        assertThat(onTime.getPunctual()).isTrue();
    }

    @Test
    void theOrderRunsForwardOnlyThroughItsStates() {
        DispatchOrder order = order();
        assertThatThrownBy(() -> order.arrive(NOW)).isInstanceOf(IllegalTransition.class);
        order.accept(NOW);
        assertThatThrownBy(() -> order.accept(NOW))
                .isInstanceOfSatisfying(IllegalTransition.class, e -> assertThat(e.from()).isEqualTo("ACCEPTED"));
        order.schedule(VISIT.plus(Duration.ofHours(1)), NOW);
        assertThat(order.getAgreedVisitAt()).isEqualTo(VISIT.plus(Duration.ofHours(1)));
        order.arrive(VISIT);
        assertThatThrownBy(() -> order.cancel(NOW)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> order.returnOrder(CustomerOpinion.SATISFIED, null, "修复", null, NOW))
                .isInstanceOf(IllegalTransition.class);
        order.complete(VISIT.plusSeconds(3600));
        order.returnOrder(CustomerOpinion.SATISFIED, null, "更换地板3块", "地板3块", VISIT.plusSeconds(7200));
        assertThat(order.getStatus()).isEqualTo(DispatchStatus.RETURNED);
        order.check("agent", VISIT.plusSeconds(9000));
        assertThatThrownBy(() -> order.check("agent", VISIT.plusSeconds(9600))).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void theReturnedOrderCarriesTheCustomersOpinionAndTheHandling() {
        DispatchOrder order = scheduled();
        order.arrive(VISIT);
        order.complete(VISIT);
        assertThatThrownBy(() -> order.returnOrder(null, null, "修复", null, VISIT))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("customerOpinion"));
        assertThatThrownBy(() -> order.returnOrder(CustomerOpinion.UNSATISFIED, "不满意", " ", null, VISIT))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("handling"));
    }

    @Test
    void aVisitCannotBeAgreedInThePast() {
        assertThatThrownBy(() -> new DispatchOrder(1, 2, List.of(5L), false, NOW.minus(Duration.ofHours(1)), 30, 9, null, NOW, "agent"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("agreedVisitAt"));
    }

    /** An order taken through the steps up to {@code status} (or cancelled). */
    private static DispatchOrder orderIn(DispatchStatus status) {
        DispatchOrder order = order();
        if (status == DispatchStatus.CANCELLED) {
            order.cancel(NOW);
            return order;
        }
        for (DispatchAction step : List.of(DispatchAction.ACCEPT, DispatchAction.SCHEDULE, DispatchAction.ARRIVE,
                DispatchAction.COMPLETE, DispatchAction.RETURN)) {
            if (order.getStatus() == status) {
                break;
            }
            take(order, step);
        }
        return order;
    }

    private static void take(DispatchOrder order, DispatchAction action) {
        switch (action) {
            case ACCEPT -> order.accept(NOW);
            case SCHEDULE -> order.schedule(null, NOW);
            case ARRIVE -> order.arrive(VISIT);
            case COMPLETE -> order.complete(VISIT);
            case RETURN -> order.returnOrder(CustomerOpinion.SATISFIED, null, "修复", null, VISIT);
            case CANCEL -> order.cancel(NOW);
            case CHECK -> order.check("agent", VISIT);
        }
    }

    @Test
    void theStepsThePagesOfferAreTheStepsTheOrderTakes() {
        for (DispatchStatus status : DispatchStatus.values()) {
            for (DispatchAction action : DispatchAction.values()) {
                DispatchOrder order = orderIn(status);
                boolean taken;
                try {
                    take(order, action);
                    taken = true;
                } catch (IllegalTransition refused) {
                    taken = false;
                }
                assertThat(DispatchOrder.allows(status, action)).as(status + " " + action).isEqualTo(taken);
            }
        }
    }
}
