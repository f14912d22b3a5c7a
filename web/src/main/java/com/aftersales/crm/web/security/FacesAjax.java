package com.aftersales.crm.web.security;

import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

/** Answers a Faces Ajax request from a filter, where Faces itself is not yet involved. */
final class FacesAjax {

    static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    static void redirect(ServletResponse response, String url) throws IOException {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + url.replace("&", "&amp;").replace("\"", "&quot;") + "\"></redirect></partial-response>");
    }

    private FacesAjax() {
    }
}
