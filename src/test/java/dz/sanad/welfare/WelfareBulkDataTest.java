package dz.sanad.welfare;

import dz.sanad.platform.SanadUser;
import dz.sanad.platform.cases.CaseEngine;
import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The national generator on a few hundred concerns, rolled back afterwards: each concern has its case (same state),
 * the old ones decided and closed, the recent ones still in hand; the engine reads them like any other case and the
 * handlers' pages open them.
 */
@IntegrationTest
@Transactional
class WelfareBulkDataTest {

	@Autowired
	WelfareBulkData bulk;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseEngine engine;

	@Autowired
	MockMvc mvc;

	@Test
	void generatedConcernsAreCasesLikeAnyOther() throws Exception {
		long before = jdbc.sql("select coalesce(max(id), 0) from welfare_concern").query(Long.class).single();
		bulk.generate(400, (SanadUser) users.loadUserByUsername("dgsn"));
		List<Long> ids = jdbc.sql("select id from welfare_concern where id > ? order by id").param(before)
			.query(Long.class).list();
		assertThat(ids).hasSize(400);
		assertThat(jdbc.sql("""
				select count(*) from welfare_concern c join case_record r on r.case_type = 'welfare-concern'
				and r.case_id = c.id and r.state = c.state and r.owner = c.assigned_to where c.id > ?""")
			.param(before).query(Long.class).single()).as("every concern has its case, in the same state").isEqualTo(400);
		List<String> states = jdbc.sql("select distinct state from welfare_concern where id > ?").param(before)
			.query(String.class).list();
		assertThat(states).contains("CLOSED", "IN_PROGRESS");
		long closed = jdbc.sql("""
				select count(*) from welfare_concern c where c.id > ? and c.state = 'CLOSED' and exists (select 1
				from case_decision d where d.case_type = 'welfare-concern' and d.case_id = c.id)""")
			.param(before).query(Long.class).single();
		assertThat(closed).as("closed concerns carry their decision").isEqualTo(jdbc.sql(
				"select count(*) from welfare_concern where id > ? and state = 'CLOSED'").param(before)
			.query(Long.class).single());

		long algiers = jdbc.sql("""
				select id from welfare_concern where id > ? and wilaya_code = '16' and confidentiality = 'NORMAL'
				and state = 'CLOSED' and assigned_to in ('wilaya16', 'wilaya16b') order by id limit 1""")
			.param(before).query(Long.class).single();
		String handler = jdbc.sql("select assigned_to from welfare_concern where id = ?").param(algiers)
			.query(String.class).single();
		assertThat(engine.clocks(WelfareCases.ref(algiers), Instant.now())).allMatch(c -> c.stopped());
		assertThat(engine.history(WelfareCases.ref(algiers))).extracting(CaseEngine.Transition::to)
			.containsExactly("SUBMITTED", "ASSIGNED", "IN_PROGRESS", "DECIDED", "CLOSED");
		mvc.perform(get("/welfare/concerns/" + algiers).with(DemoUsers.as(users, handler)).param("lang", "fr"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"clocks\"")));
		mvc.perform(get("/welfare/concerns").param("state", "CLOSED").with(DemoUsers.as(users, handler)))
			.andExpect(status().isOk());
	}
}
