package org.guanai.registry.imports;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ImportBatchRepository extends JpaRepository<ImportBatch, Long> {

    @Query("select b from ImportBatch b where b.id = :id and b.regionCode like concat(:prefix, '%')")
    Optional<ImportBatch> findInRegion(long id, String prefix);

    @Query("select b from ImportBatch b where b.regionCode like concat(:prefix, '%') order by b.uploadedAt desc, b.id desc "
            + "limit 200")
    List<ImportBatch> latestInRegion(String prefix);
}
