package com.aftersales.crm.calendar.entity;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What is wrong with one line of a pasted notice: its number (1-based; for the JSON form, the entry's number in
 * {@code days[]}), a message key whose text names the line ({@code calendar.error.*}, argument 0 the line, 1 the
 * faulty text), and the arguments.
 */
public record NoticeProblem(int line, String messageKey, Object... args) implements Serializable {

    public NoticeProblem {
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public String toString() {
        return "line " + line + ": " + messageKey + " " + Arrays.toString(args);
    }
}
