package org.guanai.registry.child;

import org.guanai.registry.imports.RegistryImportTarget;
import org.guanai.registry.person.HistoryService;
import org.springframework.stereotype.Component;

/** The children's registry as a roster import sees it: the same rules as the form, the same history. */
@Component
public class ChildImportTarget extends RegistryImportTarget<Child, ChildDetails> {

    ChildImportTarget(ChildService children, HistoryService history) {
        super(children, history);
    }

    /**
     * A child first seen in attachment 4, the roster of rural left-behind children: registered (有户口) unless the
     * sheet's 是否登记户口 says otherwise, and rural, as the roster holds rural children only. Whether it is a 留守儿童
     * is derived from its 留守情形 and parents' columns (LeftBehindRule); a row that is not one is refused with the reason.
     */
    @Override
    public ChildDetails blank() {
        return ChildDetails.registeredRural();
    }
}
