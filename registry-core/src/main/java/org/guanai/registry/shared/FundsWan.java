package org.guanai.registry.shared;

import java.math.BigDecimal;

/**
 * A sum of funds in 万元, as a plan's task or "456" item holds it: not below 0, and at most ten digits before the
 * point, what the columns' {@code numeric(12, 2)} store (a longer sum would fail the write instead of being refused).
 */
public final class FundsWan {

    private FundsWan() {
    }

    /** Whether {@code funds} may be kept; null (no sum given) may. */
    public static boolean acceptable(BigDecimal funds) {
        return funds == null || (funds.signum() >= 0 && funds.precision() - funds.scale() <= 10);
    }
}
