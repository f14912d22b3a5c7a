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
import lombok.Getter;
import lombok.Setter;

/** A product (产品) as the administrator edits it. */
public class ProductDraft implements Serializable {

    @NotBlank
    @Size(max = 30)
    @Pattern(regexp = "[A-Za-z0-9_\\-]+", message = "{crm.refdata.code.pattern}")
    @Getter @Setter private String code;

    @NotBlank
    @Size(max = 40)
    @Getter @Setter private String brand;

    @NotBlank
    @Size(max = 40)
    @Getter @Setter private String productLine;

    @NotBlank
    @Size(max = 60)
    @Getter @Setter private String name;

    @NotBlank
    @Size(max = 30)
    @Getter @Setter private String category;

    @NotNull
    @Min(1)
    @Getter @Setter private Integer lengthMm;

    @NotNull
    @Min(1)
    @Getter @Setter private Integer widthMm;

    @NotNull
    @Min(1)
    @Getter @Setter private Integer thicknessMm;

    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 2, fraction = 1)
    @Getter @Setter private BigDecimal veneerMm;

    @Size(max = 20)
    @Getter @Setter private String colourGrade;

    @Getter @Setter private boolean premium;

    /** The version the editor read, checked on save so that a concurrent change is never overwritten. */
    @Getter @Setter private long version;
}
