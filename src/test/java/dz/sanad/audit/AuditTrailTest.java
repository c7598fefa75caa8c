package dz.sanad.audit;

import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AuditTrailTest {

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Test
	void entriesAreChainedAndAnyTamperingIsDetected() {
		tx.executeWithoutResult(s -> trail.record("UPDATE", "test", 1, "first", Map.of("a", 1), Map.of("a", 2)));
		tx.executeWithoutResult(s -> trail.record("UPDATE", "test", 1, "second", Map.of("a", 2), Map.of("a", 3)));
		assertThat(trail.verify().intact()).isTrue();

		// the table refuses updates and deletes outright
		assertThatThrownBy(() -> jdbc.sql("update audit_entry set summary = 'x' where summary = 'first'").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where summary = 'first'").update())
			.hasMessageContaining("append-only");

		// a superuser bypassing the trigger is still caught by the hash chain
		Long id = jdbc.sql("select id from audit_entry where summary = 'first'").query(Long.class).single();
		tx.executeWithoutResult(s -> {
			jdbc.sql("set local session_replication_role = replica").update();
			jdbc.sql("update audit_entry set after_data = '{\"a\":99}' where id = ?").param(id).update();
		});
		var result = trail.verify();
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenId()).isEqualTo(id);
		// put it back so the other tests see an intact trail
		tx.executeWithoutResult(s -> {
			jdbc.sql("set local session_replication_role = replica").update();
			jdbc.sql("update audit_entry set after_data = '{\"a\":2}' where id = ?").param(id).update();
		});
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void aRolledBackChangeLeavesNoEntry() {
		long before = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
		try {
			tx.executeWithoutResult(s -> {
				trail.record("CREATE", "test", 2, "rolled back", null, Map.of("x", 1));
				throw new IllegalStateException("boom");
			});
		}
		catch (IllegalStateException expected) {
			// the business change failed: its audit line goes with it
		}
		assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single()).isEqualTo(before);
	}
}
