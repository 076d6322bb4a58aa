package org.guanai.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guanai.registry.account.AccountLogins;
import org.guanai.registry.testsupport.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A client cannot forge its address: the real server (Tomcat's RemoteIpValve, as in production) believes
 * X-Forwarded-For only from the configured proxy. Here the proxy is 127.0.0.2 and a client 127.0.0.3 (both loopback
 * on Linux; each request leaves from its own address). The audit row and the per-address login throttle see the
 * client's real address whatever it claims, and the address the proxy vouches for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native",
        "server.tomcat.remoteip.internal-proxies=127\\\\.0\\\\.0\\\\.2",
        "registry.login.max-failures-per-ip=3"})
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("test")
class ForwardedAddressIntegrationTest {

    static final String PROXY = "127.0.0.2";
    static final String CLIENT = "127.0.0.3";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountLogins accounts;

    /** One HTTP/1.0 exchange (no chunks, the connection closes) leaving from {@code from}. */
    private String exchange(String from, String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A failed login from {@code from} claiming to be {@code forwardedFor}; returns where it was sent. */
    private String failedLogin(String from, String forwardedFor, String username) throws IOException {
        String page = exchange(from, "GET /login HTTP/1.0\r\nHost: localhost\r\nX-Forwarded-For: " + forwardedFor
                + "\r\n\r\n");
        String cookie = find(page, "Set-Cookie: (REGISTRY_SESSION=[^;]+)");
        String csrf = find(page, "name=\"_csrf\" value=\"([^\"]+)\"");
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=Wrong%23Pass1&_csrf="
                + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        String answer = exchange(from, "POST /login HTTP/1.0\r\nHost: localhost\r\nX-Forwarded-For: " + forwardedFor
                + "\r\nCookie: " + cookie + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + body.length() + "\r\n\r\n" + body);
        return find(answer, "Location: (\\S+)");
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex + " in\n" + text).isTrue();
        return m.group(1);
    }

    /** The address of the latest failed login under a name that is no account's (no account gets locked here). */
    private String auditedAddress(String typedName) {
        return jdbc.queryForObject("select ip from audit_event where action = 'LOGIN' and outcome = 'FAILURE' and "
                + "actor_username = ? order by id desc limit 1", String.class, accounts.auditableUsername(typedName));
    }

    @Test
    void aClientsForgedForwardedAddressIsIgnoredAndTheProxysIsBelieved() throws IOException {
        String name = "xff-" + System.nanoTime();
        failedLogin(CLIENT, "203.0.113.66", name);
        assertThat(auditedAddress(name)).isEqualTo(CLIENT);
        failedLogin(PROXY, "198.51.100.7", name);
        assertThat(auditedAddress(name)).isEqualTo("198.51.100.7");
    }

    @Test
    void aClientCannotDodgeTheAddressThrottleByClaimingOtherAddresses() throws IOException {
        String client = "127.0.0.4"; // an address of its own: the throttle counts per address
        for (int i = 0; i < 3; i++) {
            assertThat(failedLogin(client, "203.0.113." + (10 + i), "throttle-" + i)).endsWith("/login?error");
        }
        assertThat(failedLogin(client, "203.0.113.99", "throttle-3")).endsWith("/login?throttled");
    }
}
