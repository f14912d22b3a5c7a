package com.aftersales.crm.web.shell;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;

/** The portal's exception handling: {@link PortalExceptionHandler} in front of OmniFaces' Ajax error pages. */
public class PortalExceptionHandlerFactory extends ExceptionHandlerFactory {

    public PortalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new PortalExceptionHandler(new FullAjaxExceptionHandler(getWrapped().getExceptionHandler()));
    }
}
