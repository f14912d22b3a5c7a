package com.aftersales.crm.web.shell;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

import java.util.Locale;

/**
 * Every view is created in the user's language. The template's {@code f:view locale} is applied only when the page
 * renders, so a message added earlier (a view action, the metadata of a GET) was resolved in the browser's
 * language instead.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(LanguageView.class).get().getLocale();
    }
}
