package org.guanai.registry.imports;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ImportBatchRepository extends JpaRepository<ImportBatch, Long> {

    /**
     * The batch, if its town's code lies between {@code lo} and {@code hi}: a region's codes
     * ({@link org.guanai.registry.region.RegionCode#lowestWithPrefix}), which the batches' region index serves.
     */
    @Query("select b from ImportBatch b where b.id = :id and b.regionCode between :lo and :hi")
    Optional<ImportBatch> findInRegion(long id, String lo, String hi);

    /** A region's latest batches, by the range of its codes as above. */
    @Query("select b from ImportBatch b where b.regionCode between :lo and :hi order by b.uploadedAt desc, b.id desc "
            + "limit 200")
    List<ImportBatch> latestInRegion(String lo, String hi);
}
