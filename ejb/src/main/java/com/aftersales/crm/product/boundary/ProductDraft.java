package com.aftersales.crm.product.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;

/** A product (产品) as the administrator edits it. */
public class ProductDraft implements Serializable {

    @NotBlank
    @Size(max = 30)
    @Pattern(regexp = "[A-Za-z0-9_\\-]+", message = "{crm.refdata.code.pattern}")
    private String code;

    @NotBlank
    @Size(max = 40)
    private String brand;

    @NotBlank
    @Size(max = 40)
    private String productLine;

    @NotBlank
    @Size(max = 60)
    private String name;

    @NotBlank
    @Size(max = 30)
    private String category;

    @NotNull
    @Min(1)
    private Integer lengthMm;

    @NotNull
    @Min(1)
    private Integer widthMm;

    @NotNull
    @Min(1)
    private Integer thicknessMm;

    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 2, fraction = 1)
    private BigDecimal veneerMm;

    @Size(max = 20)
    private String colourGrade;

    private boolean premium;

    private long version;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getBrand() {
        return brand;
    }

    public void setBrand(String brand) {
        this.brand = brand;
    }

    public String getProductLine() {
        return productLine;
    }

    public void setProductLine(String productLine) {
        this.productLine = productLine;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Integer getLengthMm() {
        return lengthMm;
    }

    public void setLengthMm(Integer lengthMm) {
        this.lengthMm = lengthMm;
    }

    public Integer getWidthMm() {
        return widthMm;
    }

    public void setWidthMm(Integer widthMm) {
        this.widthMm = widthMm;
    }

    public Integer getThicknessMm() {
        return thicknessMm;
    }

    public void setThicknessMm(Integer thicknessMm) {
        this.thicknessMm = thicknessMm;
    }

    public BigDecimal getVeneerMm() {
        return veneerMm;
    }

    public void setVeneerMm(BigDecimal veneerMm) {
        this.veneerMm = veneerMm;
    }

    public String getColourGrade() {
        return colourGrade;
    }

    public void setColourGrade(String colourGrade) {
        this.colourGrade = colourGrade;
    }

    public boolean isPremium() {
        return premium;
    }

    public void setPremium(boolean premium) {
        this.premium = premium;
    }

    /** The version the editor read, checked on save so that a concurrent change is never overwritten. */
    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
