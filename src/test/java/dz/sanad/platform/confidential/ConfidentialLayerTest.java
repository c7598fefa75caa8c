package dz.sanad.platform.confidential;

import dz.sanad.audit.ReadEntry;
import dz.sanad.audit.ReadLog;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The read log, break-the-glass and consent scopes on the real database, with a test domain. */
@IntegrationTest
class ConfidentialLayerTest {

	private static final String D = TestConfidentialDomain.NAME;

	private static final AtomicLong RECORDS = new AtomicLong(System.nanoTime() % 1_000_000);

	@Autowired
	ReadLog log;

	@Autowired
	BreakGlass glass;

	@Autowired
	CaseConsents consents;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	private SanadUser actAs(String username) {
		return dz.sanad.support.DemoUsers.actAs(users, username);
	}

	private String newRecord() {
		return "R" + RECORDS.incrementAndGet();
	}

	@Test
	void everyReadIsLoggedForThePersonWithRoleAndReasonAndTheChainHolds() {
		Subject member = Subject.member(actAs("member").memberId());
		String record = newRecord();
		actAs("psychologist");
		log.record(D, "case", record, member, "reads.domain.psychology");
		List<ReadEntry> seen = log.forSubject(member, 10);
		assertThat(seen).first().satisfies(e -> {
			assertThat(e.role()).isEqualTo(Role.PSYCHOLOGIST);
			assertThat(e.recordId()).isEqualTo(record);
			assertThat(e.breakGlass()).isFalse();
		});
		assertThat(log.verify().intact()).isTrue();
		assertThatThrownBy(() -> jdbc.sql("update sensitive_read set actor = 'x' where record_id = ?").param(record)
			.update()).hasMessageContaining("append-only");
	}

	@Test
	void aRowChangedBehindTheTriggersBreaksTheChain() {
		Subject member = Subject.member(actAs("member").memberId());
		String record = newRecord();
		actAs("psychologist");
		log.record(D, "case", record, member, "reads.domain.psychology");
		log.record(D, "case", record, member, "reads.domain.psychology");
		try {
			tx.executeWithoutResult(s -> {
				jdbc.sql("set local session_replication_role = replica").update();
				jdbc.sql("update sensitive_read set actor_role = 'ADMIN' where id = (select min(id) from sensitive_read "
						+ "where record_id = ?)").param(record).update();
				assertThat(log.verify().intact()).isFalse();
				s.setRollbackOnly();
			});
		}
		finally {
			assertThat(log.verify().intact()).isTrue();
		}
	}

	@Test
	void onlyTheDesignatedReaderBreaksTheGlassWithPasswordReasonAndText() {
		Subject member = Subject.member(actAs("member").memberId());
		String record = newRecord();
		actAs("psychologist");
		assertThatThrownBy(() -> glass.open(D, "case", record, member, GlassReason.LIFE_THREAT, "urgence",
				"sanad-demo-2026")).isInstanceOf(AccessDeniedException.class);
		actAs("psychologist2");
		assertThatThrownBy(() -> glass.open(D, "case", record, member, GlassReason.LIFE_THREAT, " ", "sanad-demo-2026"))
			.isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("text"));
		assertThatThrownBy(() -> glass.open(D, "case", record, member, null, "urgence", "sanad-demo-2026"))
			.isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("reason"));
		assertThatThrownBy(() -> glass.open(D, "case", record, member, GlassReason.LIFE_THREAT, "urgence", "wrong"))
			.isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("password"));
		assertThat(glass.active(D, record)).isEmpty();

		Grant grant = glass.open(D, "case", record, member, GlassReason.LIFE_THREAT, "appel de nuit inquiétant",
				"sanad-demo-2026");
		assertThat(grant.expiresAt()).isAfter(grant.openedAt().plusSeconds(3 * 3600 - 60));
		assertThat(glass.active(D, record)).map(Grant::id).contains(grant.id());
		byte[] raw = jdbc.sql("select reason_text from glass_grant where id = ?").param(grant.id())
			.query(byte[].class).single();
		assertThat(new String(raw, StandardCharsets.UTF_8)).doesNotContain("inquiétant");

		log.record(D, "case", record, member, "reads.domain.psychology");
		assertThat(log.forSubject(member, 1)).first().satisfies(e -> assertThat(e.grantId()).isEqualTo(grant.id()));
		assertThat(jdbc.sql("select count(*) from platform_notification where username in ('psychologist', 'psylead') "
				+ "and text_fr like ?").param("%" + record + "%").query(Long.class).single()).isEqualTo(2);

		// expired: the grant no longer opens anything
		jdbc.sql("update glass_grant set expires_at = now() - interval '1 minute' where id = ?").param(grant.id()).update();
		assertThat(glass.active(D, record)).isEmpty();
	}

	@Test
	void aReviewerGivesOneVerdictOnSomeoneElsesGrant() {
		Subject member = Subject.member(actAs("member").memberId());
		String record = newRecord();
		actAs("psychologist2");
		Grant grant = glass.open(D, "case", record, member, GlassReason.COVERING_CLINICIAN, "remplacement",
				"sanad-demo-2026");
		assertThatThrownBy(() -> glass.review(grant.id(), GlassVerdict.JUSTIFIED, null))
			.isInstanceOf(AccessDeniedException.class);
		SanadUser lead = actAs("psylead");
		assertThat(glass.awaitingReview(D)).extracting(Grant::id).contains(grant.id());
		assertThat(glass.countAwaiting(lead)).isPositive();
		assertThatThrownBy(() -> glass.review(grant.id(), null, null))
			.isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("verdict"));
		glass.review(grant.id(), GlassVerdict.JUSTIFIED, "vu");
		assertThatThrownBy(() -> glass.review(grant.id(), GlassVerdict.UNJUSTIFIED, null))
			.isInstanceOf(BusinessException.class).satisfies(e -> assertThat(((BusinessException) e).messageKey()).isEqualTo("confidential.glass.already-reviewed"));
		assertThat(glass.awaitingReview(D)).extracting(Grant::id).doesNotContain(grant.id());
	}

	@Test
	void consentIsVersionedWithdrawableAndRequired() {
		Subject member = Subject.member(actAs("member").memberId());
		String record = newRecord();
		actAs("psychologist");
		assertThat(consents.record(D, record, member, Set.of("FOLLOW_UP", "SHARE_PHYSICIAN"))).isEqualTo(1);
		consents.require(D, record, "SHARE_PHYSICIAN");
		assertThat(consents.withdraw(D, record, "SHARE_PHYSICIAN")).isEqualTo(2);
		assertThat(consents.allows(D, record, "SHARE_PHYSICIAN")).isFalse();
		assertThat(consents.allows(D, record, "FOLLOW_UP")).isTrue();
		assertThatThrownBy(() -> consents.require(D, record, "SHARE_PHYSICIAN")).isInstanceOf(BusinessException.class)
			.satisfies(e -> assertThat(((BusinessException) e).messageKey()).isEqualTo("confidential.consent.missing"));
		assertThatThrownBy(() -> consents.withdraw(D, record, "SHARE_PHYSICIAN")).isInstanceOf(BusinessException.class);
		assertThat(consents.history(D, record)).extracting(ConsentVersion::version).containsExactly(2, 1);
		assertThat(consents.history(D, record).get(1).scopes()).containsExactlyInAnyOrder("FOLLOW_UP", "SHARE_PHYSICIAN");
		assertThat(consents.allows(D, newRecord(), "FOLLOW_UP")).as("no consent recorded").isFalse();
	}
}
