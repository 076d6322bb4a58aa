package org.guanai.registry.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.guanai.registry.WebIntegrationTest;
import org.guanai.registry.imports.ImportMode;
import org.guanai.registry.imports.ImportService;
import org.guanai.registry.imports.RosterFiles;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.testsupport.MutableClock;
import org.guanai.registry.workbook.UnreadableWorkbookException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The roster a preview read, kept by the node until its commit (decision 045): the commit plans it without reading the
 * stored file, a node that does not keep it reads the file, and a discarded import's roster is not kept.
 */
@WebIntegrationTest
class KeptRostersIntegrationTest {

    static final Jurisdiction LONGSHAN = Jurisdiction.region(RegionCode.of("522730100000"));

    @Autowired
    RosterImports rosterImports;
    @Autowired
    RosterExports exports;
    @Autowired
    RegionService regions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    String prefix;
    byte[] file;

    @BeforeEach
    void roster() throws IOException {
        String town = regions.nameOf("522730100000");
        String village = regions.nameOf("522730100201");
        prefix = "留" + UUID.randomUUID().toString().substring(0, 5);
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        exports.childTemplate(new RosterHeading("龙山镇", null, "2026年第4季度", LocalDate.of(2026, 11, 23)), template);
        file = RosterFiles.filled(template.toByteArray(), RosterFiles.rows(
                RosterFiles.child(town, village, prefix + "甲", LocalDate.of(2015, 6, 1)),
                RosterFiles.child(town, village, prefix + "乙", LocalDate.of(2015, 7, 2))));
    }

    private long preview() {
        ImportService.Preview<?> p = rosterImports.preview(PersonType.CHILD, "kept.xlsx", file, LONGSHAN);
        assertThat(p.plan().counts().created()).isEqualTo(2);
        return p.batch().getId();
    }

    /** The stored file made unreadable behind the import's back: only a commit that reads it again notices. */
    private void damageStoredFile(long batchId) {
        jdbc.update("update import_batch set file_content = ? where id = ?", new byte[] {1, 2, 3}, batchId);
    }

    private int registered() {
        return jdbc.queryForObject("select count(*) from child where name like ?", Integer.class, prefix + "%");
    }

    @Test
    void theCommitPlansTheRosterThePreviewReadWithoutReadingTheStoredFileAgain() {
        int keptBefore = rosterImports.keptRows();
        long batchId = preview();
        assertThat(rosterImports.keptRows()).isEqualTo(keptBefore + 2);
        damageStoredFile(batchId);

        assertThat(rosterImports.commit(batchId, LONGSHAN, ImportMode.WHOLE).created()).isEqualTo(2);
        assertThat(registered()).isEqualTo(2);
        assertThat(rosterImports.keptRows()).isEqualTo(keptBefore); // committed: no longer kept
    }

    @Test
    void aRosterNoLongerKeptIsReadFromTheStoredFileAndCommitsTheSame() {
        long batchId = preview();
        byte[] stored = jdbc.queryForObject("select file_content from import_batch where id = ?", byte[].class, batchId);
        clock.advance(KeptRosters.KEPT_FOR.plus(Duration.ofMinutes(1))); // as on a node that did not preview it
        damageStoredFile(batchId);
        assertThatThrownBy(() -> rosterImports.commit(batchId, LONGSHAN, ImportMode.WHOLE))
                .isInstanceOf(UnreadableWorkbookException.class);
        assertThat(registered()).isZero();

        jdbc.update("update import_batch set file_content = ? where id = ?", stored, batchId);
        assertThat(rosterImports.commit(batchId, LONGSHAN, ImportMode.WHOLE).created()).isEqualTo(2);
        assertThat(registered()).isEqualTo(2);
    }

    @Test
    void aDiscardedImportsRosterIsNotKept() {
        int keptBefore = rosterImports.keptRows();
        long batchId = preview();
        rosterImports.discard(batchId, LONGSHAN);
        assertThat(rosterImports.keptRows()).isEqualTo(keptBefore);
    }
}
