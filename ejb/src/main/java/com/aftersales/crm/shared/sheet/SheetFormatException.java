package com.aftersales.crm.shared.sheet;

import java.util.Arrays;

/**
 * The file cannot be read as a spreadsheet. Carries a bundle key (and its arguments) rather than a sentence, so the
 * provider is told in their language what to do: save as xlsx, send a non-empty file, fix a broken quote.
 */
public class SheetFormatException extends Exception {

    private final String key;
    private final transient Object[] args;

    public SheetFormatException(String key, Object... args) {
        this(key, null, args);
    }

    public SheetFormatException(String key, Throwable cause, Object... args) {
        super(key + (args.length == 0 ? "" : " " + Arrays.toString(args)), cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
