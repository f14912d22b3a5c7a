package com.aftersales.crm.it.browser;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A real xlsx (a header row) whose sheet carries an XML comment of {@code megabytes} MB of spaces: a few tens of KB
 * on disk that inflate a thousandfold, as a zip bomb does. Written as a stream, never whole in memory.
 */
final class ZipBomb {

    static Path write(Path target, int megabytes) throws IOException {
        Path plain = Files.createTempFile(target.getParent(), "plain", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(plain)) {
            workbook.createSheet().createRow(0).createCell(0).setCellValue("保修卡号");
            workbook.write(out);
        }
        try (ZipFile source = new ZipFile(plain.toFile()); ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry : Collections.list(source.entries())) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = source.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int prolog = xml.indexOf("?>") + 2;
                    zip.write((xml.substring(0, prolog) + "<!--").getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1024 * 1024];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < megabytes; i++) {
                        zip.write(spaces);
                    }
                    zip.write(("-->" + xml.substring(prolog)).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        Files.delete(plain);
        return target;
    }

    private ZipBomb() {
    }
}
