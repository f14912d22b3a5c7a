package com.aftersales.crm.shared;

import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.util.Objects;
import lombok.Getter;

/**
 * A member of the network (网点) as a row of its own: what a dealer and a service provider share — their key, their
 * {@link NetworkMember} description in the row's own columns, and the version that keeps two administrators from
 * overwriting each other.
 */
@Getter
@MappedSuperclass
public abstract class NetworkParty {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private NetworkMember member;

    @Version
    private long version;

    protected NetworkParty() {
    }

    /** Code, name, city, market level and contact (code uniqueness is the boundary's to check: it needs the others). */
    public void describe(NetworkMember newMember) {
        this.member = Objects.requireNonNull(newMember, "member");
    }

    public String getCode() {
        return member.getCode();
    }

    public String getName() {
        return member.getName();
    }

    public String getRegionCode() {
        return member.getRegionCode();
    }

    public int getMarketLevel() {
        return member.getMarketLevel();
    }

    public String getContactName() {
        return member.getContactName();
    }

    public String getContactPhone() {
        return member.getContactPhone();
    }

    public String getHotline() {
        return member.getHotline();
    }
}
