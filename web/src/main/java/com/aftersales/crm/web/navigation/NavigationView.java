package com.aftersales.crm.web.navigation;

import com.aftersales.crm.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The portal's entry: each user lands on the home page of its role. */
@Named
@RequestScoped
public class NavigationView {

    @Inject
    CurrentUser currentUser;

    public String home() {
        return currentUser.getHomeOutcome() + "?faces-redirect=true";
    }
}
