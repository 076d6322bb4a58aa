package org.guanai.registry.roster;

import java.time.LocalDate;
import org.guanai.registry.person.PersonIdentity;
import org.guanai.registry.person.Sex;

/** The identity columns both rosters have (性别, 出生日期, 公民身份证号码), declared once. */
final class IdentityColumns {

    static final String ID_NOTE = "18位公民身份号码。请把该列设置为“文本”格式，否则 Excel 会把号码变成 5.22731E+17 并丢失末几位。";

    private IdentityColumns() {
    }

    private static <D> Col<D> col(String group, String header) {
        return group == null ? Col.of(header) : Col.under(group, header);
    }

    static <D extends PersonIdentity> RosterColumn<D> sex(String group, FormLabels labels) {
        var sexes = labels.byLabel(Sex.class);
        return IdentityColumns.<D>col(group, "性别").fields("sex").width(5).options(labels.labels(Sex.class))
                .note("男 / 女。").prints(e -> labels.of(e.details().getSex()))
                .reads((cell, row) -> {
                    Sex v = cell.option(sexes);
                    return cell.isBlank() || v != null ? d -> d.setSex(v) : null;
                }).build();
    }

    static <D extends PersonIdentity> RosterColumn<D> birthDate(String group, String example) {
        return IdentityColumns.<D>col(group, "出生日期").aliases("出生年月日", "出生年月").fields("birthDate").width(11)
                .note(example).prints(e -> e.details().getBirthDate())
                .reads((cell, row) -> {
                    LocalDate v = cell.date();
                    return cell.isBlank() || v != null ? d -> d.setBirthDate(v) : null;
                }).build();
    }

    static <D extends PersonIdentity> RosterColumn<D> idNumber(String group) {
        return IdentityColumns.<D>col(group, "公民身份证号码").aliases("身份证号码", "身份证号", "公民身份号码")
                .fields("idNumber").width(20).note(ID_NOTE).prints(e -> e.details().getIdNumber())
                .reads((cell, row) -> {
                    String v = cell.idNumber();
                    return cell.isBlank() || v != null ? d -> d.setIdNumber(v) : null;
                }).build();
    }
}
