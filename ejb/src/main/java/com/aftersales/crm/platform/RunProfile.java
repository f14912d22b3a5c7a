package com.aftersales.crm.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Which run this server is: the demo run ({@code crm.profile=demo}, set by the launcher) or production (the default). */
@ApplicationScoped
public class RunProfile {

    @Inject
    @ConfigProperty(name = "crm.profile", defaultValue = "production")
    String profile;

    public boolean isDemo() {
        return "demo".equals(profile);
    }
}
