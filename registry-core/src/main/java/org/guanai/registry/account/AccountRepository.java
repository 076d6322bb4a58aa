package org.guanai.registry.account;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    @Query("select a from Account a where lower(a.username) = lower(:username)")
    Optional<Account> findByUsername(String username);

    boolean existsByRole(Role role);

    /** {@code pattern}: a like pattern of the lowered name or user name, % for any; {@code role}: null for any. */
    @Query("""
            select a from Account a
            where (lower(a.username) like :pattern or lower(a.displayName) like :pattern)
              and (:role is null or a.role = :role)
            order by a.role, a.username""")
    Page<Account> search(String pattern, Role role, Pageable page);

    /** Atomic, so that parallel failures from several nodes all count. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Account a set a.failedAttempts = a.failedAttempts + 1 where a.id = :id")
    int incrementFailedAttempts(long id);

    /** Locks the account once, by whichever failure reaches the limit first; 1 when this call locked it. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Account a set a.lockedUntil = :until where a.id = :id and a.failedAttempts >= :max "
            + "and (a.lockedUntil is null or a.lockedUntil <= :now)")
    int lockIfOverLimit(long id, int max, Instant now, Instant until);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Account a set a.failedAttempts = 0, a.lockedUntil = null, a.lastLoginAt = :now where a.id = :id")
    int recordSuccessfulLogin(long id, Instant now);

    /** Clears an expired lock; 1 when this call cleared it (so the unlock is audited once). */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Account a set a.failedAttempts = 0, a.lockedUntil = null "
            + "where a.id = :id and a.lockedUntil is not null and a.lockedUntil <= :now")
    int clearExpiredLock(long id, Instant now);
}
