package com.aftersales.crm.harness;

/** How the server reaches its PostgreSQL. */
record Database(String jdbcUrl, String user, String password) {

    /** The pool property list for asadmin, with ':' and '=' escaped as multimode files need them. */
    String poolProperties() {
        return "URL=" + escape(jdbcUrl) + ":user=" + escape(user) + ":password=${ALIAS=crm-db-password}";
    }

    private static String escape(String value) {
        return value.replace(":", "\\\\:").replace("=", "\\\\=");
    }
}
