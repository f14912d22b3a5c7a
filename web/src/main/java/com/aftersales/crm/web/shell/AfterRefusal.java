package com.aftersales.crm.web.shell;

/**
 * A view that shows its record again after a step was refused because the record changed meanwhile (a conflict or a
 * state that no longer allows the step), so that the page shows what the record is now and which steps it allows.
 */
public interface AfterRefusal {

    void reload();
}
