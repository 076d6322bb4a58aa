package org.guanai.registry.person;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.ZoneId;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.elder.ElderService;
import org.guanai.registry.report.QuarterlyReportService;
import org.guanai.registry.task.TaskService;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The pages ask the services for today's date, a person's page three times; a transaction around it took a
 * connection and sent BEGIN and COMMIT each time (docs/performance-history.md).
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class TodayTest {

    @Autowired
    ChildService children;
    @Autowired
    ElderService elders;
    @Autowired
    TaskService tasks;
    @Autowired
    QuarterlyReportService reports;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void todayIsTheRegistrysDateAndOpensNoTransaction() {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        LocalDate inShanghai = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        assertThat(children.today()).isIn(inShanghai, inShanghai.minusDays(1), inShanghai.plusDays(1));
        assertThat(elders.today()).isEqualTo(children.today());
        assertThat(tasks.today()).isEqualTo(children.today());
        assertThat(reports.today()).isEqualTo(children.today());

        assertThat(statistics.getSessionOpenCount()).isZero();
        assertThat(statistics.getTransactionCount()).isZero();
    }
}
