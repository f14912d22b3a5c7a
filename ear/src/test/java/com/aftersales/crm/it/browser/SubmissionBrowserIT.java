package com.aftersales.crm.it.browser;

import com.aftersales.crm.it.Deployments;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 铺装档案周报送 in headless Chromium: a provider uploads its week's spreadsheet with some bad rows, watches it load to
 * 100%, reads the bad rows with their row numbers and reasons, and downloads the error report workbook.
 */
@ExtendWith(ArquillianExtension.class)
class SubmissionBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aProviderUploadsASpreadsheetWithBadRowsWatchesItLoadAndDownloadsTheErrorReport() throws Exception {
        String tag = Long.toString(System.nanoTime() % 100_000_000);
        LocalDate installed = LocalDate.now(ZoneId.of("Asia/Shanghai")).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(1).plusDays(2);
        StringBuilder csv = new StringBuilder(
                "保修卡号,客户姓名,联系电话,省,市,区县,详细地址,郊县,经销商编码,产品编码,铺装面积(㎡),单价(元),铺装方式,铺装日期\n");
        for (int i = 0; i < 3; i++) {
            csv.append("WB").append(tag).append(i).append(",冯晓").append(i).append(",138")
                    .append(String.format("%08d", (Long.parseLong(tag) * 10 + i) % 100_000_000))
                    .append(",北京市,北京市,朝阳区,望京西路").append(i + 1).append("号,否,D-BJ-001,BZB-XZMD-910,42,268,龙骨,")
                    .append(installed).append('\n');
        }
        csv.append("WB").append(tag).append("x,陈静,1380013,北京市,北京市,朝阳区,望京西路9号,否,D-BJ-001,BZB-XZMD-910,42,268,龙骨,")
                .append(installed).append('\n');                                                     // row 5: phone
        csv.append("WB").append(tag).append("y,何亮,13800138999,北京市,北京市,朝阳区,望京西路10号,否,D-BJ-001,BZB-XZMD-910,-3,268,龙骨,")
                .append(installed).append('\n');                                                     // row 6: area
        Path file = Files.createTempFile("上周铺装档案", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        LoginPage.open(browser).loginAs("provider");
        SubmissionsPage page = SubmissionsPage.open(browser);
        assertThat(page.templateLink()).endsWith("/files/submissions/template");

        // the progress bar runs while the job loads, then the status says completed and the bad rows are listed
        page.upload(file).waitUntilCompleted();
        assertThat(page.progress()).contains("100%");
        assertThat(page.counts()).contains("已导入 3").contains("错误行 2");
        assertThat(page.problems()).contains("联系电话").contains("电话号码格式不正确").contains("铺装面积");

        String report = page.reportLink();
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(report))
                .header("Cookie", "JSESSIONID=" + browser.sessionCookie()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        List<String> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                StringBuilder text = new StringBuilder();
                row.forEach(cell -> text.append(cell.toString()).append('|'));
                rows.add(text.toString());
            }
        }
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("5").contains("联系电话"));
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("6").contains("铺装面积"));
    }

    /** Issue 14 #11c: a row dated outside the submitted week is loaded, with a warning naming its row and date. */
    @Test
    void aRowDatedOutsideTheSubmittedWeekIsLoadedWithAWarningOnItsRow() throws Exception {
        String tag = Long.toString(System.nanoTime() % 100_000_000);
        LocalDate lastWeek = LocalDate.now(ZoneId.of("Asia/Shanghai")).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(1);
        LocalDate earlier = lastWeek.minusWeeks(2).plusDays(3);
        String csv = "保修卡号,客户姓名,联系电话,省,市,区县,详细地址,郊县,经销商编码,产品编码,铺装面积(㎡),单价(元),铺装方式,铺装日期\n"
                + "WW" + tag + "1,韩梅,139" + String.format("%08d", Long.parseLong(tag) % 100_000_000)
                + ",北京市,北京市,朝阳区,望京东路1号,否,D-BJ-001,BZB-XZMD-910,40,268,龙骨," + lastWeek.plusDays(1) + "\n"
                + "WW" + tag + "2,卢军,137" + String.format("%08d", Long.parseLong(tag) % 100_000_000)
                + ",北京市,北京市,朝阳区,望京东路2号,否,D-BJ-001,BZB-XZMD-910,40,268,龙骨," + earlier + "\n";  // row 3
        Path file = temp.resolve("上周铺装档案-日期.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        LoginPage.open(browser).loginAs("provider");
        SubmissionsPage page = SubmissionsPage.open(browser).upload(file).waitUntilCompleted();

        assertThat(page.counts()).contains("已导入 2").contains("错误行 0");
        assertThat(page.warningRows()).singleElement().satisfies(row -> assertThat(row)
                .startsWith("3").contains("铺装日期").contains("警告").contains("不在报送的周内").contains(earlier.toString()));
    }

    @TempDir
    Path temp;

    @Test
    void aFileAboveTheLimitIsRefusedWithTheLimitNamedAndNeverReachesTheContainersFailure() throws Exception {
        Path large = temp.resolve("archive.xlsx");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(106L * 1024 * 1024); // sparse: nothing held in memory, hardly anything on disk
        }
        LoginPage.open(browser).loginAs("provider");
        SubmissionsPage page = SubmissionsPage.open(browser);

        assertThat(page.templateLink()).endsWith("/files/submissions/template");

        // past the browser's check (a script, a tampered page): the multipart body above the container's limit,
        // streamed from the file, gets a sentence and 413 instead of the generic error page
        String boundary = "crm" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"uploadForm:file\"; filename=\"archive.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        long length = head.length + Files.size(large) + tail.length;
        HttpRequest post = HttpRequest.newBuilder(URI.create(browser.baseUrl + "provider/submissions.xhtml"))
                .header("Cookie", "JSESSIONID=" + browser.sessionCookie())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new SequenceInputStream(java.util.Collections.enumeration(List.of(new ByteArrayInputStream(head),
                                uncheckedStream(large), new ByteArrayInputStream(tail))))), length))
                .build();
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(post, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("上传的内容过大").contains("105 MB");
    }

    private static InputStream uncheckedStream(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aWorkbookThatInflatesLikeAZipBombIsRefusedAsSuspiciousNotAsUnreadable() throws Exception {
        Path bomb = ZipBomb.write(temp.resolve("上周铺装档案.xlsx"), 40);
        LoginPage.open(browser).loginAs("provider");

        String messages = SubmissionsPage.open(browser).upload(bomb).messagesContaining("解压后异常庞大");

        assertThat(messages).doesNotContain("无法读取该文件");
    }

    @Test
    void aFileNameWithAngleBracketsIsRefusedInWordsNotAsFileError() throws Exception {
        Path named = temp.resolve("周报<第48周>.csv");
        Files.writeString(named, "保修卡号,客户姓名\n", StandardCharsets.UTF_8);
        LoginPage.open(browser).loginAs("provider");

        String messages = SubmissionsPage.open(browser).upload(named).messagesContaining("含有不允许的字符");

        assertThat(messages).contains("周报<第48周>.csv").doesNotContain("File Error");
    }
}
