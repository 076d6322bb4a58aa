package org.guanai.registry.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.jurisdiction.OutsideJurisdictionException;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.testsupport.ChildFixtures;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person's page asks several services, and each checks the jurisdiction by reading the person. Inside one
 * transaction the row is read once, and the check still applies to what was read before.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class ReadOnceInATransactionTest {

    static final Jurisdiction LONGSHAN = Jurisdiction.region(RegionCode.of("522730100000"));
    static final Jurisdiction COUNTY = Jurisdiction.region(RegionCode.of("522730000000"));

    @Autowired
    ChildService children;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void aChildCheckedTwiceInOneTransactionIsReadOnceAndAnotherTownsChildStaysRefused() {
        Child mine = children.register(ChildFixtures.child("读" + System.nanoTime() % 100000, "522730100201"),
                false, LONGSHAN);
        Child theirs = children.register(ChildFixtures.child("读" + System.nanoTime() % 100000, "522730101201"),
                false, Jurisdiction.region(RegionCode.of("522730101000")));
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        readOnly.executeWithoutResult(status -> {
            statistics.clear();
            children.get(mine.getId(), LONGSHAN);
            children.history(mine.getId(), LONGSHAN);
            assertThat(children.get(mine.getId(), LONGSHAN).getName()).isEqualTo(mine.getName());
            // The child once, the history once.
            assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);

            // The county office's read puts 谷脚's child in the transaction; 龙山's clerk still may not have it.
            assertThat(children.get(theirs.getId(), COUNTY).getName()).isEqualTo(theirs.getName());
            assertThatThrownBy(() -> children.get(theirs.getId(), LONGSHAN))
                    .isInstanceOf(OutsideJurisdictionException.class);
            status.setRollbackOnly();
        });
    }
}
