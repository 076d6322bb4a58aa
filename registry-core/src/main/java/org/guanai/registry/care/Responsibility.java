package org.guanai.registry.care;

import java.time.LocalDate;

/**
 * Who is responsible (包保责任人) for a person: a cadre's account or a carer, since when, and when the next visit is
 * due under the county's visit plan.
 */
public record Responsibility(Long accountId, Long carerId, String name, String phone, LocalDate assignedOn,
        LocalDate nextVisitDue, boolean overdue) {

    /** The choice's value in a form: {@code A<id>} for an account, {@code C<id>} for a carer. */
    public String choice() {
        return accountId != null ? "A" + accountId : "C" + carerId;
    }
}
