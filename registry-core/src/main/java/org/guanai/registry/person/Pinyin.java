package org.guanai.registry.person;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The pinyin search columns of a name: {@code 张三} → full {@code zhangsan}, initials {@code zs}. A
 * character with several readings takes its first; letters and digits are kept as typed.
 */
public final class Pinyin {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    public record Keys(String full, String initials) {
    }

    private Pinyin() {
    }

    public static Keys of(String name) {
        StringBuilder full = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        if (name != null) {
            for (char c : name.toCharArray()) {
                String reading = reading(c);
                if (reading != null) {
                    full.append(reading);
                    initials.append(reading.charAt(0));
                } else if (Character.isLetterOrDigit(c) && c < 128) {
                    char lower = Character.toLowerCase(c);
                    full.append(lower);
                    initials.append(lower);
                }
            }
        }
        return new Keys(full.toString(), initials.toString());
    }

    /** True when the query looks like pinyin (ASCII letters only) rather than characters. */
    public static boolean isPinyinQuery(String query) {
        return query != null && query.matches("[A-Za-z]+");
    }

    private static String reading(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null || readings.length == 0 ? null : readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }
}
