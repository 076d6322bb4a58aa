package org.guanai.registry.history;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.guanai.registry.child.Child;
import org.guanai.registry.child.ChildDetails;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.testsupport.ChildFixtures;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A person's history is read in a fixed number of statements, however long it is (it is on every person's page). */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class HistoryStatementsTest {

    static final Jurisdiction LONGSHAN = Jurisdiction.region(RegionCode.of("522730100000"));

    @Autowired
    ChildService children;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void aLongHistoryIsReadWithItsFieldsInOneStatement() {
        Child child = children.register(ChildFixtures.child("史" + System.nanoTime() % 100000, "522730100201"),
                false, LONGSHAN);
        for (int i = 0; i < 6; i++) {
            ChildDetails edit = child.getDetails();
            edit.setCurrentAddress("龙山镇第" + i + "组");
            edit.setSchoolName("龙山第" + i + "小学");
            child = children.update(child.getId(), child.getVersion(), edit, LONGSHAN);
        }
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        List<RecordChange> history = children.history(child.getId(), LONGSHAN);
        // The child (its visibility) and the history with its fields: not one more statement per change.
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);
        assertThat(history).hasSize(7);
        assertThat(history.get(0).getFields()).extracting(FieldChange::getField)
                .containsExactly("currentAddress", "schoolName");
        assertThat(history.get(0).getFields().get(0).getAfter()).isEqualTo("龙山镇第5组");
    }
}
