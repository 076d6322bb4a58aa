package org.guanai.registry.care;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditOutcome;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.jurisdiction.OutsideJurisdictionException;
import org.guanai.registry.region.Region;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.roster.FormLabels;
import org.guanai.registry.roster.RosterDownloads;
import org.guanai.registry.shared.Quarter;
import org.guanai.registry.shared.RegistryProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A quarter's care figures per town (per village for a town) and each town's 关爱服务情况 workbook (docs/reports.md).
 */
@Controller
class CareFiguresController {

    private final CareFigures figures;
    private final CareScope scope;
    private final RegionService regions;
    private final FormLabels labels;
    private final RosterDownloads downloads;
    private final AuditService audit;
    private final RegistryProperties properties;
    private final Clock clock;

    CareFiguresController(CareFigures figures, CareScope scope, RegionService regions, FormLabels labels,
            RosterDownloads downloads, AuditService audit, RegistryProperties properties, Clock clock) {
        this.figures = figures;
        this.scope = scope;
        this.regions = regions;
        this.labels = labels;
        this.downloads = downloads;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/care/figures")
    String page(SignedInUser user, @RequestParam(required = false) String quarter, Model model) {
        Quarter q = quarterOf(quarter);
        RegionCode root = user.jurisdiction().region();
        List<Region> rows = new ArrayList<>(root == null ? List.of() : regions.children(root));
        regions.find(root == null ? "" : root.value()).ifPresent(rows::add);
        model.addAttribute("quarter", q);
        model.addAttribute("quarters", List.of(q.previous().previous(), q.previous(), q, q.next()));
        model.addAttribute("rows", figures.of(rows, q.firstDay(), lastDayOrToday(q), user.jurisdiction()));
        model.addAttribute("measures", CareFigures.Measure.values());
        return "care/figures";
    }

    @GetMapping("/care/figures/{quarter}/towns/{town:\\d{12}}.xlsx")
    ResponseEntity<byte[]> workbook(SignedInUser user, @PathVariable String quarter, @PathVariable String town)
            throws IOException {
        Quarter q = quarterOf(quarter);
        Region region = regions.find(town).filter(r -> r.getLevel() == RegionLevel.TOWN)
                .orElseThrow(() -> new OutsideJurisdictionException(town));
        scope.requireVisible("care_figures", town, town, user.jurisdiction());
        List<Region> rows = new ArrayList<>(regions.children(RegionCode.of(town)));
        rows.add(region);
        LocalDate to = lastDayOrToday(q);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CareServicesWorkbook.write(region.getName(), q, figures.of(rows, q.firstDay(), to, user.jurisdiction()),
                figures.byKind(RegionCode.of(town), q.firstDay(), to, user.jurisdiction()), labels, today(), out);
        audit.record(AuditAction.EXPORT, "care_figures", town, AuditOutcome.SUCCESS, q.toString());
        return ResponseEntity.ok().headers(downloads.attachment(region.getName() + "关爱服务情况-" + q + ".xlsx"))
                .body(out.toByteArray());
    }

    private Quarter quarterOf(String text) {
        try {
            return text == null || text.isBlank() ? Quarter.of(today()) : Quarter.parse(text);
        } catch (IllegalArgumentException e) {
            return Quarter.of(today());
        }
    }

    /** A quarter still running is counted to today. */
    private LocalDate lastDayOrToday(Quarter q) {
        return q.lastDay().isAfter(today()) ? today() : q.lastDay();
    }

    private LocalDate today() {
        return properties.today(clock);
    }
}
