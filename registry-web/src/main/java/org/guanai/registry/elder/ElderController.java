package org.guanai.registry.elder;

import java.util.ArrayList;
import java.util.List;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.person.PersonPages;
import org.guanai.registry.person.PersonRecordActions;
import org.guanai.registry.person.RosterLine;
import org.guanai.registry.shared.ValueLabels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The elders' roster (留守老人花名册, {@link PersonRecordActions}); the form offers rows for the children away. */
@Controller
@RequestMapping("/elderly")
class ElderController extends PersonRecordActions<Elder, ElderDetails, ElderFilter, ElderRow> {

    /** Rows of 外出子女 the form offers; blank ones are dropped on save. */
    private static final int CHILDREN_AWAY_ROWS = 3;

    private final ValueLabels labels;
    private final ElderService elders;

    ElderController(ElderService elders, PersonPages pages) {
        super(pages, elders, "/elderly", "elder");
        this.labels = pages.labels();
        this.elders = elders;
    }

    /**
     * The delegate picker's matches (htmx; a child's form, a delegation's proposal): active elders of the user's
     * jurisdiction by name, pinyin or identity number, as the elders' list finds them; open to the roles that fill in
     * those forms.
     */
    @GetMapping("/delegate-choices")
    String delegateChoices(SignedInUser user, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("found", elders.delegateChoices(q, user.jurisdiction()));
        model.addAttribute("searched", !q.isBlank());
        return "elder/delegate-choices :: results";
    }

    @Override
    protected ElderDetails newDetails() {
        return new ElderDetails();
    }

    @Override
    protected void formExtras(SignedInUser user, Model model, ElderDetails details) {
        List<ChildAway> rows = new ArrayList<>(details.getChildrenAway());
        while (rows.size() < CHILDREN_AWAY_ROWS) {
            rows.add(new ChildAway());
        }
        details.setChildrenAway(rows);
    }

    /** No badges; then 居住情况, 健康状况, 自理能力, 最近走访. */
    @Override
    protected RosterLine line(ElderRow r) {
        return RosterLine.of(r.id(), r.name(), r.status(), r.sex(), r.birthDate(), r.age(), r.maskedIdNumber(),
                r.townName(), r.villageName(), labels, List.of(), List.of(labels.of(r.livingArrangement()),
                        labels.of(r.health()), labels.of(r.selfCare()), ValueLabels.day(r.lastVisitDate())));
    }
}
