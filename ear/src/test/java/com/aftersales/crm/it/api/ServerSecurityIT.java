package com.aftersales.crm.it.api;

import com.aftersales.crm.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The server as deployed, from outside: what listens where, the admin port's login, the security headers, the
 * session cookie, cross-site writes, the login throttle and the paths nobody should reach.
 */
@ExtendWith(ArquillianExtension.class)
class ServerSecurityIT {

    private static final AtomicInteger CLIENT = new AtomicInteger(20);

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base = System.getProperty("crm.it.base-url");
    private final URI origin = URI.create(base).resolve("/");
    private final String password = System.getProperty("crm.it.demo-password");
    private final int adminPort = Integer.getInteger("crm.it.admin-port");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    // --- what listens, and where

    @Test
    void theAdminPortRefusesAnAnonymousCaller() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + adminPort + "/management/domain.json")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void theAdminAndHttpPortsListenOnLoopbackOnly() throws Exception {
        int httpPort = URI.create(base).getPort();
        // what the kernel says is bound, whether or not this machine has another address to try from
        for (int port : new int[] {adminPort, httpPort}) {
            assertThat(listeningAddresses(port)).as("listening sockets of port %d", port).isNotEmpty()
                    .allSatisfy(address -> assertThat(address).as("port %d", port).isIn(LOOPBACK_HEX));
        }
        Optional<InetAddress> external = nonLoopbackAddress();
        if (external.isPresent()) {
            assertThatThrownBy(() -> connect(external.get(), adminPort)).isInstanceOf(ConnectException.class);
            assertThatThrownBy(() -> connect(external.get(), httpPort)).isInstanceOf(ConnectException.class);
        }
    }

    /** 127.0.0.1 as /proc/net/tcp writes it, and ::1 and ::ffff:127.0.0.1 as /proc/net/tcp6 does. */
    private static final List<String> LOOPBACK_HEX = List.of("0100007F", "00000000000000000000000001000000",
            "0000000000000000FFFF00000100007F");

    /** The local addresses (hex, as the kernel lists them) of the sockets listening on a port. */
    private static List<String> listeningAddresses(int port) throws IOException {
        String portHex = String.format("%04X", port);
        List<String> addresses = new ArrayList<>();
        for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] columns = line.trim().split("\\s+");
                String[] local = columns[1].split(":");
                if (local[1].equals(portHex) && columns[3].equals("0A")) {
                    addresses.add(local[0]);
                }
            }
        }
        return addresses;
    }

    @Test
    void nothingListensOnThePortsPayaraOpensByDefault() {
        int portBase = adminPort - 48;
        // https 8181, JMX 8686, JMS 7676, IIOP 3700/3820/3920 (moved by the port base like the others)
        for (int offset : new int[] {81, 86, 76, 37, 38, 39}) {
            assertThatThrownBy(() -> connect(InetAddress.getLoopbackAddress(), portBase + offset))
                    .as("port %d", portBase + offset).isInstanceOf(ConnectException.class);
        }
    }

    // --- headers

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndNamesNoServerProduct() throws Exception {
        for (String path : List.of("login.xhtml", "api/health", "no-such-page.xhtml", "jakarta.faces.resource/theme.css.xhtml?ln=primefaces-saga-blue")) {
            HttpResponse<String> response = get(base + path);

            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("SAMEORIGIN");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(response.headers().allValues("Content-Security-Policy")).as(path).hasSize(1)
                    .allSatisfy(csp -> assertThat(csp).contains("default-src 'self'", "object-src 'none'",
                            "frame-ancestors 'self'", "base-uri 'self'", "form-action 'self'", "script-src 'self'")
                            .doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'"));
            assertThat(response.headers().firstValue("Server")).as(path).isEmpty();
            assertThat(response.headers().firstValue("X-Powered-By")).as(path).isEmpty();
        }
    }

    @Test
    void aPortalPageAllowsOnlyItsOwnNoncedScripts() throws Exception {
        HttpResponse<String> login = get(base + "login.xhtml");

        String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(csp);
        assertThat(nonce.find()).as(csp).isTrue();
        assertThat(login.body()).contains("nonce=\"" + nonce.group(1) + "\"");
    }

    @Test
    void pagesOutsideThePortalNameNoServerProductOrVersion() throws Exception {
        for (String path : List.of("/", "/nonexistent", "/crm/nonexistent.xhtml")) {
            HttpResponse<String> response = get(origin.resolve(path).toString());

            assertThat(response.body()).as(path).doesNotContainIgnoringCase("payara").doesNotContainIgnoringCase("glassfish");
            assertThat(response.headers().firstValue("Server")).as(path).isEmpty();
            assertThat(response.headers().firstValue("X-Powered-By")).as(path).isEmpty();
        }
        String malformed = raw(InetAddress.getLoopbackAddress(), "GET /crm/%%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(malformed).doesNotContainIgnoringCase("payara").doesNotContainIgnoringCase("glassfish")
                .doesNotContainIgnoringCase("\r\nServer:").doesNotContainIgnoringCase("X-Powered-By");
    }

    // --- the session cookie and cross-site writes

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> login = get(base + "login.xhtml");

        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .isNotEmpty().allSatisfy(c -> assertThat(c).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void aWriteWithTheSessionCookieFromAnotherSiteIsRefused() throws Exception {
        HttpClient browser = portalSession("provider");

        HttpResponse<String> forged = browser.send(accept().header("Origin", "http://evil.example").build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> forgedByReferer = browser.send(accept().header("Referer", "http://evil.example/page").build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> noOrigin = browser.send(accept().build(), HttpResponse.BodyHandlers.ofString());

        for (HttpResponse<String> refused : List.of(forged, forgedByReferer, noOrigin)) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
            assertThat(refused.body()).contains("\"status\":403").contains("\"error\":\"cross_origin\"");
        }
    }

    @Test
    void aWriteFromThePortalsOwnPagesOrWithBasicCredentialsGoesThrough() throws Exception {
        HttpClient browser = portalSession("provider");

        HttpResponse<String> sameOrigin = browser.send(accept().header("Origin", origin.toString().replaceAll("/$", "")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> integration = http.send(accept().header("Authorization", basic("provider", password)).build(),
                HttpResponse.BodyHandlers.ofString());

        // the order does not exist: the request reached the resource
        assertThat(sameOrigin.statusCode()).isEqualTo(404);
        assertThat(integration.statusCode()).isEqualTo(404);
    }

    @Test
    void aPortalFormPostFromAnotherSiteIsRefused() throws Exception {
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Origin", "http://evil.example").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("login=login")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void aFormPostedFromAPageTheServerNoLongerHoldsGetsTheExpiredPageNot500() throws Exception {
        HttpClient browser = portalSession("agent");
        // what a page left open past its session sends: its form, its view state and its CSP nonce
        String nonce = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> stale = postForm(browser, "customers/search.xhtml",
                "search=search&primefaces.nonce=" + URLEncoder.encode(nonce, StandardCharsets.UTF_8) + "&jakarta.faces.ViewState=-1%3A-1");

        assertThat(stale.statusCode()).isEqualTo(400);
        assertThat(stale.body()).contains("页面已过期").doesNotContain("系统出错了");
    }

    @Test
    void aScriptedPostbackWithoutTheCspNonceIsABadRequestNot500() throws Exception {
        HttpClient browser = portalSession("agent");

        HttpResponse<String> scripted = postForm(browser, "customers/search.xhtml", "search=search&jakarta.faces.ViewState=-1%3A-1");

        assertThat(scripted.statusCode()).isEqualTo(400);
        assertThat(scripted.body()).doesNotContain("系统出错了");
    }

    private HttpResponse<String> postForm(HttpClient client, String page, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + page))
                .header("Origin", origin.toString().replaceAll("/$", "")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    // --- the login throttle

    @Test
    void unknownUserWrongPasswordAndThrottledAttemptGetTheSameAnswer() throws Exception {
        String user = newUser();
        InetAddress client = nextClient();
        String key = "account-address:" + user + "|" + client.getHostAddress();
        List<Answer> unknown = new ArrayList<>();
        List<Answer> wrong = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            unknown.add(basicLogin(client, "nobody-" + user, "Wrong-password-1"));
            wrong.add(basicLogin(client, user, "Wrong-password-1"));
        }
        // the fifth failure delays the next attempt 1 s, the sixth 2 s, the seventh 4 s: time for the attempts below
        // even on a busy machine
        for (int failure = 5; failure <= 7; failure++) {
            awaitDelayOver(key);
            wrong.add(basicLogin(client, user, "Wrong-password-1"));
        }
        List<Answer> throttled = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            throttled.add(basicLogin(client, user, USER_PASSWORD));  // the right password, too soon
        }
        assertThat(stillDelayed(key)).as("the attempts fell within the delay").isTrue();

        Answer first = wrong.get(0);
        for (Answer answer : concat(unknown, wrong, throttled)) {
            assertThat(answer.head()).isEqualTo(first.head());
            assertThat(answer.body()).isEqualTo(first.body());
        }
        assertThat(first.head()).startsWith("HTTP/1.1 401");
        // each spends one password hash: the same time within the noise of a shared machine
        long wrongTime = median(wrong);
        assertThat(median(unknown)).isBetween(wrongTime / 3, wrongTime * 3);
        assertThat(median(throttled)).isBetween(wrongTime / 3, wrongTime * 3);
    }

    @Test
    void theDelayDoublesWithEachFailureAndTheRightPasswordWorksOnceItIsOver() throws Exception {
        String user = newUser();
        InetAddress client = nextClient();
        String key = "account-address:" + user + "|" + client.getHostAddress();
        for (int i = 0; i < 5; i++) {
            basicLogin(client, user, "Wrong-password-1");
        }
        assertThat(delay(key)).isEqualTo(Duration.ofSeconds(1));
        awaitDelayOver(key);

        basicLogin(client, user, "Wrong-password-1");  // the sixth
        assertThat(delay(key)).isEqualTo(Duration.ofSeconds(2));
        long sixth = System.nanoTime();

        assertThat(basicLogin(client, user, USER_PASSWORD).head()).as("too soon").startsWith("HTTP/1.1 401");
        Answer success = com.aftersales.crm.it.Poll.until("the right password once the delay is over", Duration.ofSeconds(20),
                () -> basicLogin(client, user, USER_PASSWORD), answer -> answer.head().startsWith("HTTP/1.1 200"));

        assertThat(success.head()).startsWith("HTTP/1.1 200");
        assertThat(Duration.ofNanos(System.nanoTime() - sixth)).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void anAttackerAtOneAddressDoesNotLockTheOwnerOut() throws Exception {
        String user = newUser();
        InetAddress attacker = nextClient();
        for (int i = 0; i < 5; i++) {
            basicLogin(attacker, user, "Wrong-password-1");
        }

        assertThat(basicLogin(nextClient(), user, USER_PASSWORD).head()).startsWith("HTTP/1.1 200");
        // ... while the attacker's attempts were being delayed
        try (Connection db = database(); PreparedStatement query = db.prepareStatement("""
                select t.blocked_until > u.last_login_at from login_throttle t, app_user u
                where t.key = ? and u.username = ?""")) {
            query.setString(1, "account-address:" + user + "|" + attacker.getHostAddress());
            query.setString(2, user);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getBoolean(1)).isTrue();
            }
        }
    }

    // --- paths nobody should reach

    @Test
    void aLoggedOutVisitorToAnUnlistedPathIsSentToTheRealLoginPage() throws Exception {
        for (String path : List.of("openapi", "javax.faces.resource/x.js", "WEB-INF/web.xml.bak", "no/such/thing")) {
            HttpResponse<String> response = get(base + path);

            assertThat(response.statusCode()).as(path).isIn(302, 303, 401, 404);
            response.headers().firstValue("Location").ifPresent(location ->
                    assertThat(location).as(path).endsWith("/crm/login.xhtml").doesNotContain("login.jsp"));
        }
    }

    @Test
    void theLoginPagesOwnResourcesStayReachableLoggedOut() throws Exception {
        HttpResponse<String> login = get(base + "login.xhtml");
        Matcher resource = Pattern.compile("(?:href|src)=\"(/crm/jakarta\\.faces\\.resource/[^\"]+)\"").matcher(login.body());
        int found = 0;
        while (resource.find()) {
            String url = origin.resolve(resource.group(1).replace("&amp;", "&")).toString();
            assertThat(get(url).statusCode()).as(url).isEqualTo(200);
            found++;
        }
        assertThat(found).isPositive();
    }

    @Test
    void theGeneratedWadlIsOff() throws Exception {
        HttpResponse<String> wadl = http.send(HttpRequest.newBuilder(URI.create(base + "api/application.wadl"))
                .header("Authorization", basic("agent", password)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(wadl.statusCode()).isEqualTo(404);
        assertThat(wadl.body()).doesNotContain("<application");
    }

    // --- helpers

    private static final String USER_PASSWORD = "Throttle-test-password-1";

    private record Answer(String head, String body, long nanos) {
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder accept() {
        return HttpRequest.newBuilder(URI.create(base + "api/dispatch-orders/999999999/accept"))
                .POST(HttpRequest.BodyPublishers.noBody());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A browser-like client logged into the portal: the login form posted with its view state, the cookie kept. */
    private HttpClient portalSession(String user) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertThat(viewState.find()).isTrue();
        String form = "login=login&login%3Ausername=" + user + "&login%3Apassword=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin.toString().replaceAll("/$", ""))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/index.xhtml"));
        return browser;
    }

    private String newUser() throws Exception {
        String user = "thr" + System.nanoTime() % 1_000_000_000L;
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "api/users"))
                .header("Authorization", basic("admin", password)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"displayName\":\"限流测试\","
                        + "\"roles\":[\"AGENT\"],\"password\":\"" + USER_PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return user;
    }

    /** Another client address: every 127.x.y.z is this machine, and the server sees it as the caller's address. */
    private static InetAddress nextClient() throws IOException {
        int n = CLIENT.incrementAndGet() + (int) (ProcessHandle.current().pid() % 200) * 250;
        return InetAddress.getByAddress(new byte[] {127, 0, (byte) (n / 250 + 1), (byte) (n % 250 + 2)});
    }

    /** A Basic-authenticated call from the given client address, timed; the answer's status line and body. */
    private Answer basicLogin(InetAddress client, String user, String userPassword) throws IOException {
        long started = System.nanoTime();
        String answer = raw(client, "GET " + URI.create(base).getPath() + "api/me HTTP/1.1\r\nHost: localhost:"
                + URI.create(base).getPort() + "\r\nAuthorization: " + basic(user, userPassword) + "\r\nConnection: close\r\n\r\n");
        long nanos = System.nanoTime() - started;
        int end = answer.indexOf("\r\n\r\n");
        String statusLine = answer.substring(0, answer.indexOf("\r\n"));
        return new Answer(statusLine, end < 0 ? "" : answer.substring(end + 4), nanos);
    }

    private String raw(InetAddress client, String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(client, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), URI.create(base).getPort()), 5000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Duration delay(String key) throws Exception {
        try (Connection db = database();
             PreparedStatement query = db.prepareStatement(
                     "select extract(epoch from blocked_until - last_failure) from login_throttle where key = ?")) {
            query.setString(1, key);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as(key).isTrue();
                return Duration.ofMillis(Math.round(row.getDouble(1) * 1000));
            }
        }
    }

    /** Waits (polling the database's clock, which the server's throttle uses) until the key's delay is over. */
    private static void awaitDelayOver(String key) throws Exception {
        com.aftersales.crm.it.Poll.until("the delay of " + key + " is over", Duration.ofSeconds(20),
                () -> stillDelayed(key), delayed -> !delayed);
    }

    private static boolean stillDelayed(String key) throws Exception {
        try (Connection db = database();
             PreparedStatement query = db.prepareStatement("select blocked_until > clock_timestamp() from login_throttle where key = ?")) {
            query.setString(1, key);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection(System.getProperty("crm.it.jdbc-url"),
                System.getProperty("crm.it.jdbc-user"), System.getProperty("crm.it.jdbc-password"));
    }

    private static long median(List<Answer> answers) {
        return answers.stream().mapToLong(Answer::nanos).sorted().skip(answers.size() / 2).findFirst().orElseThrow();
    }

    @SafeVarargs
    private static List<Answer> concat(List<Answer>... lists) {
        List<Answer> all = new ArrayList<>();
        for (List<Answer> list : lists) {
            all.addAll(list);
        }
        return all;
    }
}
