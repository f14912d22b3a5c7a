package com.aftersales.crm.provider.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A service provider (服务商) as the administrator edits it; the status changes through its own actions. The same constraints check the portal's form and a REST body. */
public class ProviderDraft implements Serializable {

    @NotBlank
    @Size(max = 20)
    @Pattern(regexp = "[A-Za-z0-9_\\-]+", message = "{crm.refdata.code.pattern}")
    private String code;

    @NotBlank
    @Size(max = 100)
    private String name;

    /** Only for the picker: the province whose cities are offered. */
    private String provinceCode;

    @NotBlank
    private String cityCode;

    /** Empty: the city's own market level. */
    @Min(1)
    @Max(3)
    private Integer marketLevel;

    @Size(max = 50)
    private String contactName;

    @Size(max = 30)
    private String contactPhone;

    @Size(max = 30)
    private String hotline;

    private LocalDate agreementSignedOn;

    @Pattern(regexp = "[A-Za-z]?", message = "{crm.refdata.grade.pattern}")
    private String grade;

    @NotNull
    @DecimalMin("0")
    private BigDecimal deposit = BigDecimal.ZERO;

    private long version;

    public LocalDate getAgreementSignedOn() {
        return agreementSignedOn;
    }

    public void setAgreementSignedOn(LocalDate agreementSignedOn) {
        this.agreementSignedOn = agreementSignedOn;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public BigDecimal getDeposit() {
        return deposit;
    }

    public void setDeposit(BigDecimal deposit) {
        this.deposit = deposit;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    public String getCityCode() {
        return cityCode;
    }

    public void setCityCode(String cityCode) {
        this.cityCode = cityCode;
    }

    public Integer getMarketLevel() {
        return marketLevel;
    }

    public void setMarketLevel(Integer marketLevel) {
        this.marketLevel = marketLevel;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getHotline() {
        return hotline;
    }

    public void setHotline(String hotline) {
        this.hotline = hotline;
    }

    /** The version the editor read, checked on save so that a concurrent change is never overwritten. */
    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
