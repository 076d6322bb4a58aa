package org.guanai.registry.person;

/** How identity and phone numbers show in lists: enough to tell people apart, not enough to use. */
public final class Masks {

    private Masks() {
    }

    /** {@code 522730********1234}: the issuing region and the last four characters. */
    public static String idNumber(String number) {
        if (number == null || number.isEmpty()) {
            return "";
        }
        if (number.length() < 10) {
            return "*".repeat(number.length());
        }
        return number.substring(0, 6) + "*".repeat(number.length() - 10) + number.substring(number.length() - 4);
    }

    /** {@code 138****8000}: the first three and the last four digits. */
    public static String phone(String number) {
        if (number == null || number.isEmpty()) {
            return "";
        }
        if (number.length() < 8) {
            return "*".repeat(number.length());
        }
        return number.substring(0, 3) + "*".repeat(number.length() - 7) + number.substring(number.length() - 4);
    }
}
