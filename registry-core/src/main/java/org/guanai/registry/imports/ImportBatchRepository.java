package org.guanai.registry.imports;

import java.util.List;
import java.util.Optional;
import org.guanai.registry.region.RegionCode;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ImportBatchRepository extends JpaRepository<ImportBatch, Long> {

    /** The batch, if its town lies in the region coded {@code prefix}. */
    default Optional<ImportBatch> findInRegion(long id, String prefix) {
        return findInRange(id, RegionCode.lowestWithPrefix(prefix), RegionCode.highestWithPrefix(prefix));
    }

    /** The region's latest batches. */
    default List<ImportBatch> latestInRegion(String prefix) {
        return latestInRange(RegionCode.lowestWithPrefix(prefix), RegionCode.highestWithPrefix(prefix));
    }

    /**
     * By the range of the region's codes, which the batches' region index serves: in this database's collation no
     * index serves {@code like concat(:prefix, '%')}.
     */
    @Query("select b from ImportBatch b where b.id = :id and b.regionCode between :lo and :hi")
    Optional<ImportBatch> findInRange(long id, String lo, String hi);

    @Query("select b from ImportBatch b where b.regionCode between :lo and :hi order by b.uploadedAt desc, b.id desc "
            + "limit 200")
    List<ImportBatch> latestInRange(String lo, String hi);
}
