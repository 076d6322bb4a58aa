package org.guanai.registry.testsupport;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.guanai.registry.elder.ChildAway;
import org.guanai.registry.elder.ElderDetails;
import org.guanai.registry.elder.ElderNeed;
import org.guanai.registry.elder.LivingArrangement;
import org.guanai.registry.elder.MaritalStatus;
import org.guanai.registry.elder.SelfCare;
import org.guanai.registry.person.Health;
import org.guanai.registry.person.Sex;

/** Valid elders for tests, each with an identity number no other test uses. */
public final class ElderFixtures {

    private ElderFixtures() {
    }

    public static ElderDetails elder(String name, String villageCode) {
        LocalDate birth = LocalDate.of(1948, 3, 12);
        ElderDetails d = new ElderDetails();
        d.setName(name);
        d.setSex(Sex.MALE);
        d.setBirthDate(birth);
        d.setIdNumber(ChildFixtures.idNumber(birth, Sex.MALE));
        d.setVillageCode(villageCode);
        d.setMaritalStatus(MaritalStatus.WIDOWED);
        d.setChildrenCount(2);
        d.setLivingArrangement(LivingArrangement.WITH_GRANDCHILDREN);
        d.setHealth(Health.HEALTHY);
        d.setSelfCare(SelfCare.SELF);
        d.setEconomicSource("务农");
        d.setNeeds(EnumSet.of(ElderNeed.COMPANIONSHIP));
        d.setChildrenAway(List.of(new ChildAway("儿子" + name, "浙江省宁波市", "13800001111")));
        return d;
    }
}
