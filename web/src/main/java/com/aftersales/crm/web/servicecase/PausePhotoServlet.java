package com.aftersales.crm.web.servicecase;

import com.aftersales.crm.servicecase.boundary.SlaPauses;
import com.aftersales.crm.web.shell.StoredFiles;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The photo kept as an SLA pause's evidence: {@code /files/pause-photos/<pause id>}, only to whoever may see the case
 * (another dealer's or provider's is "not found", like a missing one), handed out as every stored file is
 * ({@link StoredFiles}).
 */
@WebServlet("/files/pause-photos/*")
public class PausePhotoServlet extends HttpServlet {

    @Inject
    transient SlaPauses pauses;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StoredFiles.serve(request, response, pauses::photo);
    }
}
