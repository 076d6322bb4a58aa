package org.guanai.registry.roster;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.guanai.registry.security.AccountPrincipal;
import org.guanai.registry.shared.RegistryProperties;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/** What every roster download shares: the heading for the user's region, and the response headers. */
@Component
public class RosterDownloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RegistryProperties properties;
    private final java.time.Clock clock;

    RosterDownloads(RegistryProperties properties, java.time.Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** The user's town (or the county) as the form's region, this quarter, today. */
    public RosterHeading heading(AccountPrincipal user) {
        LocalDate today = properties.today(clock);
        String region = user.scopeName() == null ? properties.countyName() : user.scopeName();
        return new RosterHeading(region, null, org.guanai.registry.report.Quarter.of(today).label(), today);
    }

    /** Sets the headers of a workbook download written straight to the response. */
    public void prepare(jakarta.servlet.http.HttpServletResponse response, String fileName) {
        attachment(fileName).forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
    }

    /** Attachment headers with a Chinese file name (RFC 6266 / 5987). */
    public HttpHeaders attachment(String fileName) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
        headers.set(HttpHeaders.CONTENT_TYPE, XLSX);
        headers.setCacheControl("no-store");
        return headers;
    }
}
