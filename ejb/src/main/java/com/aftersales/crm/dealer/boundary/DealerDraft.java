package com.aftersales.crm.dealer.boundary;

import com.aftersales.crm.shared.NetworkMemberDraft;

/** A dealer (经销商) as the administrator edits it: a network member and nothing more. */
public class DealerDraft extends NetworkMemberDraft {
}
