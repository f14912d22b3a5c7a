package com.aftersales.crm.submission.control;

/**
 * The codes a row names, resolved to ids: implemented from the database and loaded once per job. Arguments come
 * trimmed; names may come with or without their 省/市/区 suffix, the implementation decides how to match them.
 */
public interface ReferenceCodes {

    /** The dealer's id, or null. */
    Long dealer(String code);

    /** An active product's id, or null. */
    Long product(String code);

    /** The district's region code when a district is given, else the city's; null when they do not resolve. */
    String region(String province, String city, String district);

    /** The id of the submitting provider's technician with this certificate number, or null. */
    Long technician(String certificateNo);
}
