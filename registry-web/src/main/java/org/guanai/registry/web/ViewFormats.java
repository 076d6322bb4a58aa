package org.guanai.registry.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.guanai.registry.person.Masks;
import org.guanai.registry.shared.RegistryProperties;
import org.guanai.registry.shared.ValueLabels;
import org.springframework.stereotype.Component;

/** Date formats of the pages ({@code ${@fmt.dateTime(x)}}): yyyy-MM-dd, in the installation's zone. */
@Component("fmt")
public class ViewFormats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final RegistryProperties properties;

    ViewFormats(RegistryProperties properties) {
        this.properties = properties;
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(properties.timeZone()));
    }

    public String maskId(String number) {
        return Masks.idNumber(number);
    }

    public String maskPhone(String number) {
        return Masks.phone(number);
    }

    public String date(LocalDate date) {
        return ValueLabels.day(date);
    }
}
