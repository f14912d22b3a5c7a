package com.aftersales.crm.shared;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/**
 * A network member (网点: dealer or service provider) as the administrator edits it: the fields both forms share,
 * with the constraints that check the portal's form and a REST body alike.
 */
public abstract class NetworkMemberDraft implements Serializable {

    @NotBlank
    @Size(max = 20)
    @Pattern(regexp = "[A-Za-z0-9_\\-]+", message = "{crm.refdata.code.pattern}")
    @Getter @Setter private String code;

    @NotBlank
    @Size(max = 100)
    @Getter @Setter private String name;

    /** Only for the picker: the province whose cities are offered. */
    @Getter @Setter private String provinceCode;

    @NotBlank
    @Getter @Setter private String cityCode;

    /** Empty: the city's own market level. */
    @Min(1)
    @Max(3)
    @Getter @Setter private Integer marketLevel;

    @Size(max = 50)
    @Getter @Setter private String contactName;

    @Size(max = 30)
    @Getter @Setter private String contactPhone;

    @Size(max = 30)
    @Getter @Setter private String hotline;

    /** The version the editor read, checked on save so that a concurrent change is never overwritten. */
    @Getter @Setter private long version;

    /** The stored member in the form; {@code regionPath} is its city's path from the province down. */
    public void show(NetworkMember member, List<String> regionPath, long storedVersion) {
        code = member.getCode();
        name = member.getName();
        provinceCode = regionPath.isEmpty() ? null : regionPath.get(0);
        cityCode = member.getRegionCode();
        marketLevel = member.getMarketLevel();
        contactName = member.getContactName();
        contactPhone = member.getContactPhone();
        hotline = member.getHotline();
        version = storedVersion;
    }

    /** The member as entered, at the level the administrator chose, else at its city's own level. */
    public NetworkMember member(int cityMarketLevel) {
        return new NetworkMember(code, name, cityCode, marketLevel != null ? marketLevel : cityMarketLevel,
                contactName, contactPhone, hotline);
    }

    /** The code as it is looked up among the others' (they compare without case). */
    public String codeToCheck() {
        return code == null ? "" : code.trim();
    }

    /** Refuses the code when a member other than {@code self} (null: a new one) holds it already. */
    public void requireCodeFree(List<Long> holders, Long self) {
        if (holders.stream().anyMatch(other -> !other.equals(self))) {
            throw new InvalidInput("code", "refdata.error.codeTaken");
        }
    }
}
