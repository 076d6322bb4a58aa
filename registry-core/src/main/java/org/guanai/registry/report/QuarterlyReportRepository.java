package org.guanai.registry.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuarterlyReportRepository extends JpaRepository<QuarterlyReport, Long> {

    @Query("select r from QuarterlyReport r where r.regionCode = :town and r.quarter = :quarter order by r.revision desc")
    List<QuarterlyReport> revisions(String town, String quarter);

    default Optional<QuarterlyReport> latest(String town, String quarter) {
        return revisions(town, quarter).stream().findFirst();
    }

    /** Every revision of every quarter of a town, the latest quarter first (a town has a few a year). */
    @Query("select r from QuarterlyReport r where r.regionCode = :town order by r.quarter desc, r.revision desc")
    List<QuarterlyReport> ofTown(String town);

    @Query("select r from QuarterlyReport r where r.quarter = :quarter and r.regionCode between :lo and :hi "
            + "order by r.regionCode, r.revision desc")
    List<QuarterlyReport> inQuarter(String quarter, String lo, String hi);
}
