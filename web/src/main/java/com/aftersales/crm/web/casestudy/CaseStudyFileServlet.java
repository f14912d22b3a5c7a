package com.aftersales.crm.web.casestudy;

import com.aftersales.crm.casestudy.boundary.CaseStudies;
import com.aftersales.crm.web.shell.StoredFiles;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** A service case's attachment: {@code /files/case-studies/<id>}, only to whoever may see the case (another provider's
 * is "not found"), handed out as every stored file is ({@link StoredFiles}). */
@WebServlet("/files/case-studies/*")
public class CaseStudyFileServlet extends HttpServlet {

    @Inject
    transient CaseStudies studies;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StoredFiles.serve(request, response, studies::download);
    }
}
