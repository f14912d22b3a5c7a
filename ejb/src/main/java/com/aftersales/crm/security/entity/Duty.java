package com.aftersales.crm.security.entity;

import java.util.EnumSet;
import java.util.Set;

import static com.aftersales.crm.security.entity.Role.ADMIN;
import static com.aftersales.crm.security.entity.Role.AGENT;
import static com.aftersales.crm.security.entity.Role.DEALER;
import static com.aftersales.crm.security.entity.Role.INFO_OFFICER;
import static com.aftersales.crm.security.entity.Role.MANAGER;
import static com.aftersales.crm.security.entity.Role.PROVIDER;
import static com.aftersales.crm.security.entity.Role.SUPERVISOR;

/**
 * 职责: who may do a kind of work, each set of roles named and written once. The services' {@code @Secured}, the REST
 * resources' role check and the views that offer an action name a duty instead of listing roles, so that a change of
 * who may do something is one line here. The URL rules of {@code shiro.ini} stay the coarse first lock.
 */
public enum Duty {
    /** The hotline's work: agents, their supervisors, administrators. */
    CALL_CENTRE(AGENT, SUPERVISOR, ADMIN),
    /** Decisions reserved to supervisors (and administrators). */
    SUPERVISION(SUPERVISOR, ADMIN),
    /** Users, policies and reference data. */
    ADMINISTRATION(ADMIN),
    /** The metrics management reads, read-only for managers. */
    OVERSIGHT(SUPERVISOR, ADMIN, MANAGER),
    /** What only a service provider does for itself. */
    PROVIDER_WORK(PROVIDER),
    /** What only a dealer does for itself. */
    DEALER_WORK(DEALER),
    /** Everyone who serves customers; dealers and providers see only their own. */
    CUSTOMER_SERVICE(AGENT, SUPERVISOR, ADMIN, DEALER, PROVIDER),
    /** The hotline and the providers it dispatches to. */
    DISPATCH(AGENT, SUPERVISOR, ADMIN, PROVIDER),
    /** The hotline and the dealers who file for their customers. */
    DEALER_SERVICE(AGENT, SUPERVISOR, ADMIN, DEALER),
    /** Scorecards: management, and each provider its own. */
    SCORES(SUPERVISOR, ADMIN, MANAGER, PROVIDER),
    /** A provider's own records and the supervisors who check them. */
    PROVIDER_SUPERVISION(SUPERVISOR, ADMIN, PROVIDER),
    /** The information officers' desk. */
    INFORMATION_DESK(INFO_OFFICER, SUPERVISOR, ADMIN),
    /** Market information: the desk, and the dealers and providers who send it. */
    INFORMATION(INFO_OFFICER, SUPERVISOR, ADMIN, DEALER, PROVIDER),
    /** The dealer and provider network reporting to the maker. */
    NETWORK(DEALER, PROVIDER),
    /** Every member of the maker's own staff. */
    HEAD_OFFICE(AGENT, SUPERVISOR, INFO_OFFICER, MANAGER, ADMIN),
    /** Return requests: dealers file, supervisors approve. */
    RETURNS(SUPERVISOR, ADMIN, DEALER),
    /** Weekly archive submissions: providers send, the office follows. */
    SUBMISSIONS(PROVIDER, SUPERVISOR, ADMIN, INFO_OFFICER),
    /** The weekly information reports. */
    REPORTS(INFO_OFFICER, SUPERVISOR, MANAGER, ADMIN),
    /** Chargebacks (责任扣款): supervisors decide, each provider and dealer sees and disputes its own lines. */
    CHARGEBACKS(SUPERVISOR, ADMIN, DEALER, PROVIDER),
    /** Satisfaction surveys: the agents who take them, the managers who read them. */
    SURVEYS(AGENT, SUPERVISOR, ADMIN, MANAGER);

    private final Set<Role> roles;

    Duty(Role first, Role... rest) {
        this.roles = EnumSet.of(first, rest);
    }

    public Set<Role> roles() {
        return roles;
    }
}
