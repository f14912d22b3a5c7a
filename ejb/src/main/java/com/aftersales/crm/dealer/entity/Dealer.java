package com.aftersales.crm.dealer.entity;

import com.aftersales.crm.shared.NetworkMember;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.util.Objects;
import lombok.Getter;

/** 经销商: a dealer selling the maker's products in a city of a given market level. */
@Getter
@Entity
public class Dealer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private NetworkMember member;

    @Version
    private long version;

    protected Dealer() {
    }

    public Dealer(NetworkMember member) {
        describe(member);
    }

    /** Code, name, city, market level and contact (code uniqueness is the boundary's to check: it needs the other dealers). */
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
