package org.guanai.registry.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.guanai.registry.TempTrees;
import org.junit.jupiter.api.Test;

/**
 * deploy/nginx.conf run by a real nginx, with a certificate from deploy/make-certificate.sh, in front of a stand-in for
 * the application nodes: port 80 only redirects to TLS, TLS answers with HSTS, the application is told the client's
 * address as nginx saw it, whatever X-Forwarded-For the client sent, and text goes out gzipped. Only the ports and the
 * upstream addresses differ from the shipped file (compose names the nodes app-a and app-b). Needs Debian's nginx and
 * openssl ({@code .ci/run} installs nginx).
 */
class NginxTlsIT {

    @Test
    void port80RedirectsTlsSendsHstsAndTheForwardedAddressIsNginxsOwnView() throws Exception {
        assertThat(Path.of("/usr/sbin/nginx")).as("nginx (apt-get install -y nginx-light; .ci/run installs it)")
                .isExecutable();
        Path root = DeploymentFilesTest.root();
        Path dir = Files.createTempDirectory("nginx-tls");
        HttpServer backend = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        backend.createContext("/", exchange -> answer(exchange, "text/plain;charset=UTF-8", ("xff="
                + exchange.getRequestHeaders().getFirst("X-Forwarded-For") + " proto="
                + exchange.getRequestHeaders().getFirst("X-Forwarded-Proto")).getBytes(StandardCharsets.UTF_8)));
        byte[] html = ("<!DOCTYPE html><html><body>" + "<p>中坝村 儿童名册</p>".repeat(2_000) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        backend.createContext("/page", exchange -> answer(exchange, "text/html;charset=UTF-8", html));
        backend.createContext("/workbook", exchange -> answer(exchange,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", html));
        backend.start();
        Process nginx = null;
        try {
            run(dir, List.of("bash", root.resolve("deploy/make-certificate.sh").toString(), "localhost", "127.0.0.1"),
                    "REGISTRY_TLS_DIR", dir.resolve("tls").toString());
            int http = freePort();
            int https = freePort();
            String site = Files.readString(root.resolve("deploy/nginx.conf"))
                    .replace("server app-a:8080", "server 127.0.0.1:" + backend.getAddress().getPort())
                    .replace("server app-b:8080", "server 127.0.0.1:" + backend.getAddress().getPort())
                    .replace("listen 80;", "listen 127.0.0.1:" + http + ";")
                    .replace("listen 443 ssl", "listen 127.0.0.1:" + https + " ssl")
                    .replace("/etc/nginx/tls/", dir.resolve("tls") + "/")
                    .replace("return 301 https://$host$request_uri;", "return 301 https://$host:" + https
                            + "$request_uri;");
            Files.writeString(dir.resolve("site.conf"), site);
            Files.createDirectories(dir.resolve("logs"));
            Files.writeString(dir.resolve("nginx.conf"), ("root".equals(System.getProperty("user.name")) ? "user root;\n"
                    : "") + "pid " + dir.resolve("nginx.pid") + ";\nerror_log " + dir.resolve("logs/error.log")
                    + ";\nevents {}\nhttp {\n access_log off;\n client_body_temp_path " + dir.resolve("body")
                    + ";\n proxy_temp_path " + dir.resolve("proxy") + ";\n include " + dir.resolve("site.conf")
                    + ";\n}\n");
            run(dir, List.of("/usr/sbin/nginx", "-t", "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString()));
            nginx = new ProcessBuilder("/usr/sbin/nginx", "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
                    "-g", "daemon off;").redirectErrorStream(true).start();
            waitForPort(https);

            HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            HttpResponse<String> redirect = plain.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http
                    + "/children?x=1")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(redirect.statusCode()).isEqualTo(301);
            assertThat(redirect.headers().firstValue("Location")).hasValue("https://127.0.0.1:" + https + "/children?x=1");

            HttpClient tls = HttpClient.newBuilder().sslContext(trusting(dir.resolve("tls/registry.crt"))).build();
            HttpResponse<String> page = tls.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + https + "/"))
                    .header("X-Forwarded-For", "203.0.113.66").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
            assertThat(page.body()).isEqualTo("xff=127.0.0.1 proto=https");
            // Text is gzipped (decision 047); a download, a compressed format already, is sent as it is.
            HttpResponse<byte[]> gzipped = tls.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + https
                    + "/page")).header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(gzipped.body().length).isLessThan(html.length / 10);
            assertThat(new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes()).isEqualTo(html);
            HttpResponse<byte[]> workbook = tls.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + https
                    + "/workbook")).header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(workbook.headers().firstValue("Content-Encoding")).isEmpty();
            assertThat(workbook.body()).isEqualTo(html);
            assertThat(Files.getPosixFilePermissions(dir.resolve("tls/registry.key")))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                            PosixFilePermission.OWNER_WRITE);
        } finally {
            if (nginx != null) {
                nginx.destroy();
                nginx.waitFor();
            }
            backend.stop(0);
            TempTrees.deleteQuietly(dir);
        }
    }

    private static void answer(HttpExchange exchange, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    /** A TLS client that trusts the one certificate the script made (its name and address are checked as usual). */
    private static SSLContext trusting(Path certificate) throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            store.setCertificateEntry("registry", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void waitForPort(int port) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("nginx did not listen on " + port);
    }

    private static void run(Path dir, List<String> command, String... env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile()).redirectErrorStream(true);
        for (int i = 0; i < env.length; i += 2) {
            pb.environment().put(env[i], env[i + 1]);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", command) + "\n" + out).isZero();
    }
}
