package org.guanai.registry.person;

import java.util.List;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;
import org.guanai.registry.region.RegionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The transfers into and out of the user's region: the town a person left sees that and to which town the person went
 * (a place outside the user's jurisdiction is named by its town only), the new town sees where the person came from.
 */
@Controller
class TransferController {

    private final TransferLog transfers;
    private final RegionService regions;

    TransferController(TransferLog transfers, RegionService regions) {
        this.transfers = transfers;
        this.regions = regions;
    }

    /** One transfer as a row: the places as the user may know them, and whether the person is the user's now. */
    record Row(TransferLog.Transfer transfer, String from, String to, boolean here) {
    }

    @GetMapping("/transfers")
    String list(SignedInUser user, Model model) {
        List<Row> rows = transfers.of(user.jurisdiction()).stream().map(t -> new Row(t, place(t.fromVillage(), user),
                place(t.toVillage(), user), user.jurisdiction().coversRegion(RegionCode.of(t.toVillage())))).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("shown", TransferLog.SHOWN);
        return "person/transfers";
    }

    private String place(String villageCode, SignedInUser user) {
        RegionCode village = RegionCode.of(villageCode);
        String town = regions.nameOf(village.ancestorAt(RegionLevel.TOWN).value());
        return user.jurisdiction().coversRegion(village) ? town + regions.nameOf(villageCode) : town;
    }
}
