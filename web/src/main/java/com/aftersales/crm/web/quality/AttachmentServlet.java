package com.aftersales.crm.web.quality;

import com.aftersales.crm.quality.boundary.QualityComplaints;
import com.aftersales.crm.web.shell.StoredFiles;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The only way to a complaint's file: {@code /files/quality/<id>}, answered only to whoever may see the complaint
 * (another dealer's file is "not found", like a missing one). Served with the type its content was found to be, never
 * sniffed by the browser, never cached, unable to run anything; photos inline, a PDF as a download.
 */
@WebServlet("/files/quality/*")
public class AttachmentServlet extends HttpServlet {

    @Inject
    transient QualityComplaints complaints;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StoredFiles.serve(request, response, complaints::download);
    }
}
