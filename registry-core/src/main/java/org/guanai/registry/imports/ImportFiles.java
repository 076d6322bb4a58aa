package org.guanai.registry.imports;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An import's stored file and error report: columns of its {@code import_batch} row that {@link ImportBatch} does not
 * map, so that reading a batch — the import history lists up to 200 — never reads them. Hibernate would read a
 * {@code byte[]} with the rest of the row, lazy or not, without build-time enhancement. Runs in the caller's
 * transaction.
 */
@Component
class ImportFiles {

    private final JdbcTemplate jdbc;

    ImportFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores an uploaded batch's file (null: nothing to commit, so no second copy of its people) and error report. */
    void store(long batchId, byte[] file, byte[] errorReport) {
        jdbc.update("update import_batch set file_content = ?, error_report = ? where id = ?", file, errorReport,
                batchId);
    }

    /** The stored file, or null when there is none (committed, discarded, invalid, past its retention). */
    byte[] file(long batchId) {
        return column("file_content", batchId);
    }

    byte[] errorReport(long batchId) {
        return column("error_report", batchId);
    }

    private byte[] column(String name, long batchId) {
        return jdbc.query("select " + name + " from import_batch where id = ?", rs -> rs.next() ? rs.getBytes(1) : null,
                batchId);
    }

    /** The file is not kept once its import is committed or discarded. */
    void dropFile(long batchId) {
        jdbc.update("update import_batch set file_content = null where id = ?", batchId);
    }
}
