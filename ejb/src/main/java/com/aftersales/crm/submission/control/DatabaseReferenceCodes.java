package com.aftersales.crm.submission.control;

import jakarta.persistence.EntityManager;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The codes a submission's rows name, read once per job (a few thousand rows: dealers, active products, regions, the
 * provider's technicians) so that no row costs a query. Region names match with or without their suffix (广东 / 广东省,
 * 深圳 / 深圳市, 南山 / 南山区).
 */
public final class DatabaseReferenceCodes implements ReferenceCodes {

    private static final List<String> SUFFIXES = List.of("壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区", "自治区",
            "自治州", "地区", "省", "市", "区", "县", "盟", "旗");

    private final Map<String, Long> dealers = new HashMap<>();
    private final Map<String, Long> products = new HashMap<>();
    private final Map<String, Long> technicians = new HashMap<>();
    private final Map<String, String> provinces = new HashMap<>();
    private final Map<String, String> children = new HashMap<>();

    public static DatabaseReferenceCodes load(EntityManager em, long providerId) {
        DatabaseReferenceCodes codes = new DatabaseReferenceCodes();
        rows(em.createNativeQuery("select code, id from dealer").getResultList())
                .forEach(r -> codes.dealers.put(key(r[0]), ((Number) r[1]).longValue()));
        rows(em.createNativeQuery("select code, id from product where active").getResultList())
                .forEach(r -> codes.products.put(key(r[0]), ((Number) r[1]).longValue()));
        rows(em.createNativeQuery("select certificate_no, id from technician where provider_id = ?")
                .setParameter(1, providerId).getResultList())
                .forEach(r -> codes.technicians.put(key(r[0]), ((Number) r[1]).longValue()));
        rows(em.createNativeQuery("select code, name, parent_code from region").getResultList()).forEach(r -> {
            String code = r[0].toString().trim();
            String name = shortName(r[1].toString());
            if (r[2] == null) {
                codes.provinces.put(name, code);
            } else {
                codes.children.putIfAbsent(r[2].toString().trim() + "/" + name, code);
            }
        });
        return codes;
    }

    @Override
    public Long dealer(String code) {
        return code == null ? null : dealers.get(key(code));
    }

    @Override
    public Long product(String code) {
        return code == null ? null : products.get(key(code));
    }

    @Override
    public Long technician(String certificateNo) {
        return certificateNo == null ? null : technicians.get(key(certificateNo));
    }

    @Override
    public String region(String province, String city, String district) {
        String provinceCode = province == null ? null : provinces.get(shortName(province));
        if (provinceCode == null || city == null) {
            return null;
        }
        String cityCode = children.get(provinceCode + "/" + shortName(city));
        if (cityCode == null || district == null || district.isBlank()) {
            return cityCode;
        }
        return children.get(cityCode + "/" + shortName(district));
    }

    private static String key(Object code) {
        return code.toString().trim().toUpperCase(java.util.Locale.ROOT);
    }

    /** 广东省 → 广东, 南山区 → 南山; a name that is only its suffix's length or less stays whole (东区…). */
    static String shortName(String name) {
        String trimmed = name.trim();
        for (String suffix : SUFFIXES) {
            if (trimmed.endsWith(suffix) && trimmed.length() - suffix.length() >= 2) {
                return trimmed.substring(0, trimmed.length() - suffix.length());
            }
        }
        return trimmed;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }
}
