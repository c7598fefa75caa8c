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

	@Modifying
	@Query("update Account a set a.locale = :locale where a.username = :username")
	int updateLocale(String username, String locale);
}
