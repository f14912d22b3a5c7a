package com.aftersales.crm.dealer.entity;

import com.aftersales.crm.shared.NetworkMember;
import com.aftersales.crm.shared.NetworkParty;
import jakarta.persistence.Entity;

/** 经销商: a dealer selling the maker's products in a city of a given market level. */
@Entity
public class Dealer extends NetworkParty {

    protected Dealer() {
    }

    public Dealer(NetworkMember member) {
        describe(member);
    }
}
