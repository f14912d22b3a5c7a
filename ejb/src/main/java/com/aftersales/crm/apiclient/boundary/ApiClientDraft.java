package com.aftersales.crm.apiclient.boundary;

import com.aftersales.crm.apiclient.entity.ApiClient;
import com.aftersales.crm.security.entity.Role;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** A new API client as the administrator describes it; the same constraints check the portal's form and REST. */
public class ApiClientDraft implements Serializable {

    @NotBlank
    @Size(max = 40)
    private String name;

    @NotNull
    private Role role;

    private Long dealerId;

    private Long providerId;

    @Min(1)
    @Max(ApiClient.MAX_RATE)
    private Integer requestsPerMinute;

    @Min(1)
    @Max(ApiClient.MAX_RATE)
    private Integer burst;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getDealerId() {
        return dealerId;
    }

    public void setDealerId(Long dealerId) {
        this.dealerId = dealerId;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public Integer getRequestsPerMinute() {
        return requestsPerMinute;
    }

    public void setRequestsPerMinute(Integer requestsPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
    }

    public Integer getBurst() {
        return burst;
    }

    public void setBurst(Integer burst) {
        this.burst = burst;
    }
}
