package org.guanai.registry.elder;

import java.util.ArrayList;
import java.util.List;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.person.PersonPages;
import org.guanai.registry.person.PersonRecordActions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** The elders' roster (留守老人花名册, {@link PersonRecordActions}); the form offers rows for the children away. */
@Controller
@RequestMapping("/elderly")
class ElderController extends PersonRecordActions<Elder, ElderDetails, ElderFilter> {

    /** Rows of 外出子女 the form offers; blank ones are dropped on save. */
    private static final int CHILDREN_AWAY_ROWS = 3;


    ElderController(ElderService elders, PersonPages pages) {
        super(pages, elders, "/elderly", "elder");
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
}
