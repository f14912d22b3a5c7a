package com.aftersales.crm.apiclient.boundary;

import com.aftersales.crm.apiclient.entity.ApiClient;
import com.aftersales.crm.security.entity.Role;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;

/** A new API client as the administrator describes it; the same constraints check the portal's form and REST. */
public class ApiClientDraft implements Serializable {

    @NotBlank
    @Size(max = 40)
    @Getter @Setter private String name;

    @NotNull
    @Getter @Setter private Role role;

    @Getter @Setter private Long dealerId;

    @Getter @Setter private Long providerId;

    @Min(1)
    @Max(ApiClient.MAX_RATE)
    @Getter @Setter private Integer requestsPerMinute;

    @Min(1)
    @Max(ApiClient.MAX_RATE)
    @Getter @Setter private Integer burst;
}
