package com.aftersales.crm.submission.entity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The columns of the company's installation archive spreadsheet (客户铺装档案), in the template's order. The Chinese
 * header is the file's contract and is what problems name; the English alias is accepted too. Headers match after
 * trimming, ignoring case, white space and full-/half-width differences ({@code （元）} = {@code (元)}), and with or
 * without the unit in brackets ({@code 单价} = {@code 单价(元)}).
 */
public enum ArchiveColumn {
    WARRANTY_CARD_NO("保修卡号", "Warranty card no", true, Kind.TEXT, 30),
    CUSTOMER_NAME("客户姓名", "Customer name", true, Kind.TEXT, 50),
    PHONE("联系电话", "Phone", true, Kind.TEXT, 0),
    ALT_PHONE("备用电话", "Alternative phone", false, Kind.TEXT, 0),
    PROVINCE("省", "Province", true, Kind.TEXT, 0),
    CITY("市", "City", true, Kind.TEXT, 0),
    DISTRICT("区县", "District", false, Kind.TEXT, 0),
    STREET("详细地址", "Address", true, Kind.TEXT, 200),
    SUBURBAN("郊县", "Suburban", false, Kind.TEXT, 0),
    DEALER_CODE("经销商编码", "Dealer code", false, Kind.TEXT, 0),
    PRODUCT_CODE("产品编码", "Product code", true, Kind.TEXT, 0),
    QUANTITY_M2("铺装面积(㎡)", "Area (m²)", true, Kind.NUMBER, 0),
    UNIT_PRICE("单价(元)", "Unit price (RMB)", true, Kind.NUMBER, 0),
    METHOD("铺装方式", "Installation method", true, Kind.TEXT, 0),
    INSTALLED_ON("铺装日期", "Installation date", true, Kind.DATE, 0),
    ACCEPTED_ON("验收日期", "Acceptance date", false, Kind.DATE, 0),
    MOVED_IN_ON("入住日期", "Move-in date", false, Kind.DATE, 0),
    TECHNICIANS("服务技师", "Technicians", false, Kind.TEXT, 0),
    NOTE("备注", "Note", false, Kind.TEXT, 500),
    /** Optional and last: templates downloaded before it existed still load (their rows have no batch). */
    BATCH_NO("批号", "Batch no", false, Kind.TEXT, 0);

    /** How the template formats the column. */
    public enum Kind { TEXT, NUMBER, DATE }

    private final String header;
    private final String alias;
    private final boolean required;
    private final Kind kind;
    private final int maxLength;

    ArchiveColumn(String header, String alias, boolean required, Kind kind, int maxLength) {
        this.header = header;
        this.alias = alias;
        this.required = required;
        this.kind = kind;
        this.maxLength = maxLength;
    }

    /** The Chinese header, as in the template. */
    public String header() {
        return header;
    }

    /** The English header also accepted. */
    public String alias() {
        return alias;
    }

    public boolean required() {
        return required;
    }

    public Kind kind() {
        return kind;
    }

    /** The longest text the database keeps for the column; 0 when another rule bounds it. */
    public int maxLength() {
        return maxLength;
    }

    /** The bundle key of the column's line on the template's instructions sheet. */
    public String helpKey() {
        return "submission.column." + name() + ".help";
    }

    /** Whether a header cell names this column. */
    public boolean matches(String text) {
        if (text == null) {
            return false;
        }
        String given = normalise(text);
        for (String name : new String[]{header, alias}) {
            String own = normalise(name);
            if (given.equals(own) || given.equals(withoutUnit(own))) {
                return true;
            }
        }
        return false;
    }

    /** The column a header cell names, or null. */
    public static ArchiveColumn of(String text) {
        for (ArchiveColumn column : values()) {
            if (column.matches(text)) {
                return column;
            }
        }
        return null;
    }

    /** NFKC folds full-width letters, digits and brackets to ASCII and ㎡ to m2; then no white space, lower case. */
    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace("\uFEFF", "")
                .replaceAll("\\s+", "")
                .replace('²', '2')
                .toLowerCase(Locale.ROOT);
    }

    private static String withoutUnit(String normalised) {
        return normalised.replaceFirst("\\([^)]*\\)$", "");
    }
}
