package org.guanai.registry.plan;

/**
 * The words a plan uses for its towns and villages: Longli's 镇（街道） and 村（社区）, Changbai's 乡镇 and 村（居）.
 * The product's texts are written in Longli's words; a county under another plan reads its own (docs/plans.md).
 */
public record PlanWords(String town, String village, String villageCommittee) {

    /** The words the product's texts are written in. */
    public static final PlanWords WRITTEN = new PlanWords("镇（街道）", "村（社区）", "村（社区）");

    public boolean isWritten() {
        return equals(WRITTEN);
    }

    /** {@code text} in these words: the written ones replaced (a text without them is returned as it is). */
    public String apply(String text) {
        if (text == null || isWritten() || text.indexOf('（') < 0) {
            return text;
        }
        return text.replace(WRITTEN.town(), town).replace(WRITTEN.village(), village);
    }
}
