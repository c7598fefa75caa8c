package dz.sanad.activities;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;

/**
 * The associations repositories. This holder class gives the file a class of its own name, without which the Maven
 * compiler takes the file for changed and recompiles the whole module on every build (and every spring-boot:run).
 */
final class AssociationRepositories {

	private AssociationRepositories() {
	}
}

interface Associations extends JpaRepository<Association, Long>, JpaSpecificationExecutor<Association> {

	boolean existsByRegistrationNo(String registrationNo);
}

interface Partnerships extends JpaRepository<Partnership, Long>, JpaSpecificationExecutor<Partnership> {

	List<Partnership> findByAssociationIdOrderByStartsOnDesc(Long associationId);

	@Query("select p from Partnership p where p.reminderSentOn is null and p.endsOn >= :today and p.endsOn <= :limit")
	List<Partnership> findDueReminders(LocalDate today, LocalDate limit);

	/** Claims the reminder: only one node (or run) gets 1 back, so the email goes out once. */
	@Modifying
	@Query("update Partnership p set p.reminderSentOn = :today where p.id = :id and p.reminderSentOn is null")
	int claimReminder(Long id, LocalDate today);
}

interface JointActivities extends JpaRepository<JointActivity, Long> {

	List<JointActivity> findByPartnershipIdOrderByHeldOnDesc(Long partnershipId);
}
