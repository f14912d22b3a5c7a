package com.aftersales.crm.submission.control;

import java.util.Map;

/** The demo data's codes (config/src/main/resources/db/demo), as the job's database-backed lookup would give them. */
public final class FakeReferenceCodes implements ReferenceCodes {

    static final Map<String, Long> DEALERS = Map.of("D-BJ-001", 1L, "D-SH-001", 2L, "D-HZ-001", 3L, "D-SZ-001", 4L,
            "D-CD-001", 5L, "D-WX-001", 6L, "D-YW-001", 7L);
    static final Map<String, Long> PRODUCTS = Map.of("BLK-HJMT-910", 1L, "BLK-YM-910", 2L, "BZB-XZMD-910", 3L,
            "BZB-XM-910", 4L, "BZB-HT-1210", 5L, "QH-BY-1218", 6L);
    static final Map<String, String> REGIONS = Map.ofEntries(
            Map.entry("浙江省/杭州市/", "330100"),
            Map.entry("浙江省/杭州市/上城区", "330102"),
            Map.entry("浙江省/杭州市/拱墅区", "330105"),
            Map.entry("浙江省/杭州市/西湖区", "330106"),
            Map.entry("浙江省/杭州市/滨江区", "330108"),
            Map.entry("浙江省/杭州市/萧山区", "330109"),
            Map.entry("浙江省/杭州市/余杭区", "330110"),
            Map.entry("浙江省/杭州市/桐庐县", "330122"),
            Map.entry("浙江省/金华市/", "330700"),
            Map.entry("浙江省/金华市/婺城区", "330702"),
            Map.entry("浙江省/金华市/义乌市", "330782"),
            Map.entry("江苏省/苏州市/吴中区", "320506"));
    /** Provider P-HZ-001's four technicians. */
    static final Map<String, Long> TECHNICIANS = Map.of("SZS-P-HZ-001-1", 9L, "SZS-P-HZ-001-2", 10L,
            "SZS-P-HZ-001-3", 11L, "SZS-P-HZ-001-4", 12L);

    @Override
    public Long dealer(String code) {
        return DEALERS.get(code);
    }

    @Override
    public Long product(String code) {
        return PRODUCTS.get(code);
    }

    @Override
    public String region(String province, String city, String district) {
        return REGIONS.get(province + "/" + city + "/" + (district == null ? "" : district));
    }

    @Override
    public Long technician(String certificateNo) {
        return TECHNICIANS.get(certificateNo);
    }
}
