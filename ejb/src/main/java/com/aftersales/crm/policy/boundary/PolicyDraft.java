package com.aftersales.crm.policy.boundary;

import com.aftersales.crm.policy.entity.PolicyValue;
import com.aftersales.crm.shared.CaseType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDateTime;
import lombok.Getter;
import lombok.Setter;

/**
 * A new version of a policy as the administrator writes it. The effective moment is China time, as people say it;
 * empty means now.
 */
public class PolicyDraft implements Serializable {

    @NotBlank
    @Size(max = 60)
    @Getter @Setter private String key;

    @Size(max = 40)
    @Getter @Setter private String brand;

    @Size(max = 40)
    @Getter @Setter private String productLine;

    /** Empty: every case type. */
    @Getter @Setter private CaseType caseType;

    @NotBlank
    @Size(max = 40)
    @Getter @Setter private String value;

    @NotNull
    @Getter @Setter private PolicyValue.Unit unit;

    @Getter @Setter private LocalDateTime effectiveFrom;

    @Size(max = 300)
    @Getter @Setter private String note;
}
