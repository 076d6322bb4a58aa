package org.guanai.registry.testsupport;

import org.guanai.registry.child.ChildDetails;
import org.guanai.registry.child.GuardianKind;
import org.guanai.registry.child.GuardianshipType;
import org.guanai.registry.child.HukouType;
import org.guanai.registry.child.IncomeSource;
import org.guanai.registry.child.ParentStatus;
import org.guanai.registry.child.Schooling;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.guanai.registry.person.Health;
import org.guanai.registry.person.ResidentIdNumber;
import org.guanai.registry.person.Sex;

/** Valid children for tests, each with an identity number no other test uses. */
public final class ChildFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    private ChildFixtures() {
    }

    /** A valid 18-digit number for the birth date and sex, unique within the test run. */
    public static String idNumber(LocalDate birth, Sex sex) {
        int seq = SEQUENCE.getAndIncrement() % 500 * 2 + (sex == Sex.MALE ? 1 : 0);
        String region = String.format("5201%02d", 10 + SEQUENCE.get() / 500 % 80); // never the demo county's 522730
        String body = region + birth.toString().replace("-", "") + String.format("%03d", seq);
        return body + ResidentIdNumber.checkCharacter(body);
    }


    public static ChildDetails child(String name, String villageCode) {
        LocalDate birth = LocalDate.of(2015, 6, 1);
        ChildDetails d = new ChildDetails();
        d.setName(name);
        d.setSex(Sex.FEMALE);
        d.setBirthDate(birth);
        d.setIdNumber(idNumber(birth, Sex.FEMALE));
        d.setHasHukou(true);
        d.setHukouType(HukouType.RURAL);
        d.setVillageCode(villageCode);
        d.setEthnicity("布依族");
        d.getFather().setName("父" + name);
        d.getFather().setStatus(ParentStatus.WORKING_AWAY);
        d.getFather().setWorkPlace("浙江省宁波市");
        d.getMother().setName("母" + name);
        d.getMother().setStatus(ParentStatus.WORKING_AWAY);
        d.getMother().setWorkPlace("广东省东莞市");
        d.setGuardianKind(GuardianKind.GRANDPARENT);
        d.setGuardianshipType(GuardianshipType.FAIR);
        d.setSchooling(Schooling.PRIMARY);
        d.setSchoolName("龙山镇中心小学");
        d.setHealth(Health.HEALTHY);
        d.setIncomeSources(EnumSet.of(IncomeSource.WAGES));
        return d;
    }
}
