package dz.sanad.access;

import dz.sanad.platform.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface Accounts extends JpaRepository<Account, Long>, JpaSpecificationExecutor<Account> {

	Optional<Account> findByUsername(String username);

	boolean existsByUsername(String username);

	boolean existsByRoleAndEnabledTrue(Role role);

	List<Account> findByDemoTrueAndEnabledTrue();

	/**
	 * Login bookkeeping as single statements: many sessions may log in to the same account at once, and a
	 * read-modify-write of the versioned entity would fail them with optimistic-lock errors.
	 */
	@Modifying
	@Query("update Account a set a.failedAttempts = 0, a.lockedUntil = null, a.lastLoginAt = :now where a.username = :username")
	int recordSuccess(String username, java.time.Instant now);

	/** One more failure; the one that reaches {@code max} locks the account until {@code until} and restarts the count. */
	@Modifying
	@Query("""
			update Account a set
			  a.lockedUntil = case when a.failedAttempts + 1 >= :max then :until else a.lockedUntil end,
			  a.failedAttempts = case when a.failedAttempts + 1 >= :max then 0 else a.failedAttempts + 1 end
			where a.username = :username""")
	int recordFailure(String username, int max, java.time.Instant until);

	@Modifying
	@Query("update Account a set a.locale = :locale where a.username = :username")
	int updateLocale(String username, String locale);
}
