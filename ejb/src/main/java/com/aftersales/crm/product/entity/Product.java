package com.aftersales.crm.product.entity;

import com.aftersales.crm.shared.ProductSpec;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;

/** 产品: a floor board (or other product) of a brand's product line. */
@Entity
@Table(name = "product")
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String brand;

    @Column(name = "product_line", nullable = false)
    private String productLine;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String category;

    @Column(name = "length_mm", nullable = false)
    private int lengthMm;

    @Column(name = "width_mm", nullable = false)
    private int widthMm;

    @Column(name = "thickness_mm", nullable = false)
    private int thicknessMm;

    @Column(name = "veneer_mm")
    private BigDecimal veneerMm;

    @Column(name = "colour_grade")
    private String colourGrade;

    @Column(nullable = false)
    private boolean premium;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Product() {
    }

    public Product(String code, String brand, String productLine, String name, String category, int lengthMm, int widthMm,
                   int thicknessMm, BigDecimal veneerMm, String colourGrade, boolean premium) {
        this.code = code;
        this.brand = brand;
        this.productLine = productLine;
        this.name = name;
        this.category = category;
        this.lengthMm = lengthMm;
        this.widthMm = widthMm;
        this.thicknessMm = thicknessMm;
        this.veneerMm = veneerMm;
        this.colourGrade = colourGrade;
        this.premium = premium;
    }

    /**
     * The manual's spec: name (wood) + category + size, then veneer thickness and colour grade when known, e.g.
     * {@code 巴洛克黄金麦田实木多层910×125×15} or {@code 标准板香脂木豆实木多层910×125×15、2.0mm、黄标}.
     */
    public String spec() {
        return ProductSpec.format(name, category, lengthMm, widthMm, thicknessMm, veneerMm, colourGrade);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getBrand() {
        return brand;
    }

    public String getProductLine() {
        return productLine;
    }

    public String getName() {
        return name;
    }

    public String getCategory() {
        return category;
    }

    public int getLengthMm() {
        return lengthMm;
    }

    public int getWidthMm() {
        return widthMm;
    }

    public int getThicknessMm() {
        return thicknessMm;
    }

    public BigDecimal getVeneerMm() {
        return veneerMm;
    }

    public String getColourGrade() {
        return colourGrade;
    }

    public boolean isPremium() {
        return premium;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
