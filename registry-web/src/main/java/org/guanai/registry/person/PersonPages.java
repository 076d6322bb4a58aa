package org.guanai.registry.person;

import java.util.List;
import org.guanai.registry.jurisdiction.RegionChoices;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.shared.OneReadTransaction;
import org.guanai.registry.shared.ValueLabels;
import org.springframework.stereotype.Component;

/**
 * What the pages of every kind of person work with ({@link PersonRecordActions}): one read transaction per page, who
 * may see numbers in full, the regions and those a user may pick, the visit log, the parts other features add to a
 * person's page, and the words of stored values for the lines of its list.
 */
@Component
public record PersonPages(OneReadTransaction reads, FullNumbers disclosure, RegionService regions,
        RegionChoices regionChoices, VisitService visits, List<PersonPagePart> parts, ValueLabels labels) {
}
