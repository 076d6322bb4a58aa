package org.guanai.registry.supervision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditOutcome;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.roster.RosterDownloads;
import org.guanai.registry.shared.RegistryProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 督查: tasks per unit, reports per town, overdue cases per department; and the same as a workbook. */
@Controller
class SupervisionController {

    private final SupervisionService supervision;
    private final RegistryProperties properties;
    private final AuditService audit;
    private final RosterDownloads downloads;

    SupervisionController(SupervisionService supervision, RegistryProperties properties, AuditService audit,
            RosterDownloads downloads) {
        this.supervision = supervision;
        this.properties = properties;
        this.audit = audit;
        this.downloads = downloads;
    }

    @GetMapping("/supervision")
    String overview(SignedInUser user, @RequestParam(required = false) String county,
            Model model) {
        model.addAttribute("overview", supervision.overview(user, county));
        return "supervision/index";
    }

    @GetMapping("/supervision.xlsx")
    ResponseEntity<byte[]> workbook(SignedInUser user,
            @RequestParam(required = false) String county) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LocalDate today = LocalDate.now(properties.timeZone());
        var overview = supervision.overview(user, county);
        SupervisionWorkbook.write(overview, overview.countyName(), today, out);
        audit.record(AuditAction.EXPORT, "supervision", null, AuditOutcome.SUCCESS, "inspection list");
        return ResponseEntity.ok().headers(downloads.attachment("督查清单-" + today + ".xlsx")).body(out.toByteArray());
    }
}
