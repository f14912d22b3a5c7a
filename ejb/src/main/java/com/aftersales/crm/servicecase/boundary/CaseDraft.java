package com.aftersales.crm.servicecase.boundary;

import com.aftersales.crm.servicecase.entity.Channel;
import com.aftersales.crm.shared.Severity;
import com.aftersales.crm.shared.CaseType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/**
 * What the agent writes down during a call: who called, through which channel, what kind of case, how serious, and
 * the customer's own words; for a consultation answered on the phone, the answer (which closes it at once).
 */
public class CaseDraft implements Serializable {

    @NotNull
    private Long customerId;

    /** The installation the call is about, when the customer has several (optional). */
    private Long installationId;

    @NotNull
    private Channel channel = Channel.HOTLINE;

    @NotNull
    private CaseType type;

    @NotNull
    private Severity severity = Severity.NORMAL;

    @Size(max = 30)
    private String callerPhone;

    @NotBlank
    @Size(max = 2000)
    private String customerWords;

    @Size(max = 2000)
    private String answer;

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public Long getInstallationId() {
        return installationId;
    }

    public void setInstallationId(Long installationId) {
        this.installationId = installationId;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public CaseType getType() {
        return type;
    }

    public void setType(CaseType type) {
        this.type = type;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public String getCallerPhone() {
        return callerPhone;
    }

    public void setCallerPhone(String callerPhone) {
        this.callerPhone = callerPhone;
    }

    public String getCustomerWords() {
        return customerWords;
    }

    public void setCustomerWords(String customerWords) {
        this.customerWords = customerWords;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
