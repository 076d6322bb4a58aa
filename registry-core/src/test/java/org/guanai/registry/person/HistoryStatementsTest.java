package org.guanai.registry.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.guanai.registry.child.Child;
import org.guanai.registry.child.ChildDetails;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.jurisdiction.OutsideJurisdictionException;
import org.guanai.registry.person.HistoryService.HistoryPage;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.testsupport.ChildFixtures;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A person's history is read a page at a time, each page in a fixed number of statements however long the history
 * is (it is on every person's page).
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class HistoryStatementsTest {

    static final Jurisdiction LONGSHAN = Jurisdiction.region(RegionCode.of("522730100000"));
    static final Jurisdiction GUJIAO = Jurisdiction.region(RegionCode.of("522730101000"));

    @Autowired
    ChildService children;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void aLongHistoryIsReadWithItsFieldsInOneStatement() {
        Child child = childWithEdits(6);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        List<RecordChange> history = children.history(child.getId(), LONGSHAN).changes();
        // The child (its visibility) and the history with its fields: not one more statement per change.
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);
        assertThat(history).hasSize(7);
        assertThat(history.get(0).getFields()).extracting(FieldChange::getField)
                .containsExactly("currentAddress", "schoolName");
        assertThat(history.get(0).getFields().get(0).getAfter()).isEqualTo("龙山镇第5组");
    }

    @Test
    void aLongHistoryIsReadAPageAtATimeNewestFirstEachPageInOneStatement() {
        int edits = PersonRegistry.HISTORY_PAGE + 4;
        Child child = childWithEdits(edits);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        HistoryPage first = children.history(child.getId(), LONGSHAN);
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);
        assertThat(first.changes()).hasSize(PersonRegistry.HISTORY_PAGE);
        assertThat(first.changes().get(0).getFields().get(0).getAfter()).isEqualTo("龙山镇第" + (edits - 1) + "组");
        assertThat(first.nextCursor()).isNotNull();

        statistics.clear();
        HistoryPage second = children.history(child.getId(), first.nextCursor(), LONGSHAN);
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);
        // The 4 oldest edits and the registration; nothing after it.
        assertThat(second.changes()).extracting(RecordChange::getAction).containsExactly(ChangeAction.UPDATED,
                ChangeAction.UPDATED, ChangeAction.UPDATED, ChangeAction.UPDATED, ChangeAction.CREATED);
        assertThat(second.changes().get(0).getFields().get(0).getAfter()).isEqualTo("龙山镇第3组");
        assertThat(second.nextCursor()).isNull();
        List<RecordChange> all = new ArrayList<>(first.changes());
        all.addAll(second.changes());
        assertThat(all).extracting(RecordChange::getId).doesNotHaveDuplicates().hasSize(edits + 1);
        assertThat(all).extracting(RecordChange::getChangedAt).isSortedAccordingTo(Comparator.reverseOrder());

        // A damaged cursor starts again at the latest; another town's clerk reads none of it, cursor or not.
        assertThat(children.history(child.getId(), "2026-99~x", LONGSHAN).changes()).extracting(RecordChange::getId)
                .isEqualTo(first.changes().stream().map(RecordChange::getId).toList());
        assertThatThrownBy(() -> children.history(child.getId(), first.nextCursor(), GUJIAO))
                .isInstanceOf(OutsideJurisdictionException.class);
    }

    private Child childWithEdits(int edits) {
        Child child = children.register(ChildFixtures.child("史" + System.nanoTime() % 100000, "522730100201"),
                false, LONGSHAN);
        for (int i = 0; i < edits; i++) {
            ChildDetails edit = child.getDetails();
            edit.setCurrentAddress("龙山镇第" + i + "组");
            edit.setSchoolName("龙山第" + i + "小学");
            child = children.update(child.getId(), child.getVersion(), edit, LONGSHAN);
        }
        return child;
    }
}
