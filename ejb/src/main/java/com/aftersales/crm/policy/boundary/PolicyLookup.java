package com.aftersales.crm.policy.boundary;

import com.aftersales.crm.policy.control.PolicyBook;
import com.aftersales.crm.policy.entity.PolicyValue;
import com.aftersales.crm.shared.CaseType;
import com.aftersales.crm.shared.NotFound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;

/** The policy version in force for a moment (and brand, product line), or a version by its id. */
@Stateless
public class PolicyLookup {

    @Inject
    PolicyBook book;

    public PolicyVersion inForce(String key, String brand, String productLine, Instant at) {
        return PolicyVersion.of(book.inForce(key, brand, productLine, at));
    }

    public PolicyVersion inForce(String key, String brand, String productLine, CaseType caseType, Instant at) {
        return PolicyVersion.of(book.inForce(key, brand, productLine, caseType, at));
    }

    public PolicyVersion byId(long id) {
        PolicyValue value = book.byId(id);
        if (value == null) {
            throw new NotFound("policy version " + id);
        }
        return PolicyVersion.of(value);
    }
}
