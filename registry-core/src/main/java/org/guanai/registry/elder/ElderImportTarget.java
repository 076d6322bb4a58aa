package org.guanai.registry.elder;

import org.guanai.registry.imports.RegistryImportTarget;
import org.guanai.registry.person.HistoryService;
import org.springframework.stereotype.Component;

/** The elders' registry as a roster import sees it: the same rules as the form, the same history. */
@Component
public class ElderImportTarget extends RegistryImportTarget<Elder, ElderDetails> {

    ElderImportTarget(ElderService elders, HistoryService history) {
        super(elders, history);
    }

    @Override
    public ElderDetails blank() {
        return new ElderDetails();
    }
}
