package com.aftersales.crm.product.entity;

import com.aftersales.crm.shared.ProductSpec;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import lombok.Getter;

/** 产品: a floor board (or other product) of a brand's product line. */
@Getter
@Entity
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String brand;

    private String productLine;

    private String name;

    private String category;

    private int lengthMm;

    private int widthMm;

    private int thicknessMm;

    private BigDecimal veneerMm;

    private String colourGrade;

    private boolean premium;

    private boolean active = true;

    @Version
    private long version;

    protected Product() {
    }

    public Product(String code, String brand, String productLine, String name, String category, int lengthMm, int widthMm,
                   int thicknessMm, BigDecimal veneerMm, String colourGrade, boolean premium) {
        recode(code);
        revise(brand, productLine, name, category, lengthMm, widthMm, thicknessMm, veneerMm, colourGrade, premium);
    }

    /** A new product code (uniqueness is the boundary's to check: it needs the other products). */
    public void recode(String newCode) {
        this.code = required(newCode, "code");
    }

    /** Everything the spec is made of: sizes in whole millimetres above zero, a veneer (表板) above zero when given. */
    public void revise(String newBrand, String newProductLine, String newName, String newCategory, int newLengthMm,
                       int newWidthMm, int newThicknessMm, BigDecimal newVeneerMm, String newColourGrade,
                       boolean newPremium) {
        positive(newLengthMm, "lengthMm");
        positive(newWidthMm, "widthMm");
        positive(newThicknessMm, "thicknessMm");
        if (newVeneerMm != null && newVeneerMm.signum() <= 0) {
            throw new com.aftersales.crm.shared.InvalidInput("veneerMm", "product.error.positive");
        }
        this.brand = required(newBrand, "brand");
        this.productLine = required(newProductLine, "productLine");
        this.name = required(newName, "name");
        this.category = required(newCategory, "category");
        this.lengthMm = newLengthMm;
        this.widthMm = newWidthMm;
        this.thicknessMm = newThicknessMm;
        this.veneerMm = newVeneerMm;
        this.colourGrade = newColourGrade == null || newColourGrade.isBlank() ? null : newColourGrade.trim();
        this.premium = newPremium;
    }

    private static void positive(int millimetres, String field) {
        if (millimetres <= 0) {
            throw new com.aftersales.crm.shared.InvalidInput(field, "product.error.positive");
        }
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new com.aftersales.crm.shared.InvalidInput(field, "validation.required");
        }
        return value.trim();
    }

    /**
     * The manual's spec: name (wood) + category + size, then veneer thickness and colour grade when known, e.g.
     * {@code 巴洛克黄金麦田实木多层910×125×15} or {@code 标准板香脂木豆实木多层910×125×15、2.0mm、黄标}.
     */
    public String spec() {
        return ProductSpec.format(name, category, lengthMm, widthMm, thicknessMm, veneerMm, colourGrade);
    }
}
