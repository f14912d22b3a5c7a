package com.aftersales.crm.web.shell;

import com.aftersales.crm.shared.FileDownload;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.function.LongFunction;

/**
 * How the portal hands out an uploaded file (complaint evidence, a service case's attachment): with the type its
 * content was found to be, never sniffed by the browser, never cached, unable to run anything; photos inline, anything
 * else as a download under the name it came with.
 */
public final class StoredFiles {

    /**
     * Answers {@code <servlet>/<id>} with the file the boundary hands out for that id: "not found" for anything else,
     * for a missing file and for one the reader may not see (another's file is not told apart from a missing one),
     * "forbidden" when the reader's role may not read such files at all.
     */
    public static void serve(HttpServletRequest request, HttpServletResponse response, LongFunction<FileDownload> files)
            throws IOException {
        String path = request.getPathInfo();
        if (path == null || !path.matches("/\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileDownload file = Downloads.readOrRefuse(response, () -> files.apply(Long.parseLong(path.substring(1))));
        if (file != null) {
            send(response, file);
        }
    }

    private static void send(HttpServletResponse response, FileDownload file) throws IOException {
        try (var content = file.content()) {
            boolean image = file.contentType().startsWith("image/");
            Downloads.headers(response, file.contentType(), image ? "inline" : "attachment", file.fileName());
            response.setContentLengthLong(file.size());
            response.setHeader("Content-Security-Policy", "default-src 'none'; img-src 'self'; sandbox");
            content.transferTo(response.getOutputStream());
        }
    }

    private StoredFiles() {
    }
}
