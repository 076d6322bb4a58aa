package org.guanai.registry.roster;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.shared.Quarter;
import org.guanai.registry.shared.RegistryProperties;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/** What every roster download shares: the heading for the user's region, and the response headers. */
@Component
public class RosterDownloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RegistryProperties properties;
    private final RegionService regions;
    private final Clock clock;

    RosterDownloads(RegistryProperties properties, RegionService regions, Clock clock) {
        this.properties = properties;
        this.regions = regions;
        this.clock = clock;
    }

    /** The plan's title for the user's province (贵州省农村留守儿童花名册), the user's unit, this quarter, today. */
    public RosterHeading heading(SignedInUser user) {
        LocalDate today = properties.today(clock);
        String province = user.countyCode() == null ? "" : regions.provinceNameOf(RegionCode.of(user.countyCode()));
        return new RosterHeading(province, placeName(user), Quarter.of(today).label(), today);
    }

    /** The user's town, village or department (the county for a county-wide account): what a file is named after. */
    public String placeName(SignedInUser user) {
        return user.scopeName() == null ? properties.countyName() : user.scopeName();
    }

    /** Sets the headers of a workbook download written straight to the response. */
    public void prepare(HttpServletResponse response, String fileName) {
        attachment(fileName).forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
    }

    /** Attachment headers for a workbook with a Chinese file name (RFC 6266 / 5987). */
    public HttpHeaders attachment(String fileName) {
        return attachment(fileName, XLSX);
    }

    /** Attachment headers for a file of {@code contentType}, never kept by a cache. */
    public HttpHeaders attachment(String fileName, String contentType) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
        headers.set(HttpHeaders.CONTENT_TYPE, contentType);
        headers.setCacheControl("no-store");
        return headers;
    }
}
