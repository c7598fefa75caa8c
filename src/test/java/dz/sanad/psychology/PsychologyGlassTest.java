package dz.sanad.psychology;

import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Break-the-glass on a psychological record: only today's on-call psychologist, after re-authentication and a reason;
 * then read-only, without process notes, logged as such (the member sees it), the care team and lead told, and
 * nothing left once the grant expires. Process notes stay their author's alone, the lead included.
 */
@IntegrationTest
class PsychologyGlassTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	PsyFixtures fx;

	long id;

	String progress;

	String process;

	@BeforeEach
	void record() throws Exception {
		fx = new PsyFixtures(mvc, users, jdbc);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		id = fx.followedByPsychologist("FOLLOW_UP");
		progress = "progress-" + tag;
		process = "process-" + tag;
		fx.note(id, "psychologist", "PROGRESS", progress);
		fx.note(id, "psychologist", "PROCESS", process);
		mvc.perform(post("/psychology/on-call").with(fx.as("psylead")).with(csrf())
				.param("day", LocalDate.now(dz.sanad.platform.Formats.ZONE).toString()).param("username", "psychologist2"))
			.andExpect(flash().attribute("success", "psychology.onCall.saved"));
	}

	long notices(String username) {
		return jdbc.sql("select count(*) from platform_notification where username = ?").param(username)
			.query(Long.class).single();
	}

	@Test
	void theOnCallPsychologistReadsWithoutProcessNotesUntilTheGrantExpires() throws Exception {
		String matricule = jdbc.sql("select m.matricule from people_member m join psy_case c on c.member_id = m.id "
				+ "where c.id = ?").param(id).query(String.class).single();
		String reference = jdbc.sql("select reference from psy_case where id = ?").param(id).query(String.class).single();
		mvc.perform(get("/psychology/cases/" + id).with(fx.as("psychologist2"))).andExpect(status().isNotFound());
		mvc.perform(get("/psychology/glass/" + id).with(fx.as("psychologist2"))).andExpect(status().isNotFound());
		mvc.perform(get("/psychology/glass").param("matricule", matricule).with(fx.as("psychologist2")))
			.andExpect(status().isOk()).andExpect(content().string(containsString(reference)))
			.andExpect(content().string(not(containsString(progress))));
		// the psychologist not on call today cannot break the glass
		mvc.perform(post("/psychology/glass").with(fx.as("psychologist")).with(csrf()).param("caseId", "" + id)
				.param("reason", "LIFE_THREAT").param("text", "urgence").param("password", "sanad-demo-2026"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/psychology/glass").with(fx.as("psychologist2")).with(csrf()).param("caseId", "" + id)
				.param("reason", "LIFE_THREAT").param("text", "urgence").param("password", "wrong-password"))
			.andExpect(flash().attributeExists("error"));
		assertThat(grants()).isZero();

		long toldBefore = notices("psychologist");
		long leadBefore = notices("psylead");
		mvc.perform(post("/psychology/glass").with(fx.as("psychologist2")).with(csrf()).param("caseId", "" + id)
				.param("reason", "COVERING_CLINICIAN").param("text", "appel de la personne en l'absence de son psychologue")
				.param("password", "sanad-demo-2026"))
			.andExpect(redirectedUrl("/psychology/glass/" + id));
		assertThat(grants()).isOne();
		assertThat(notices("psychologist")).isEqualTo(toldBefore + 1);
		assertThat(notices("psylead")).isEqualTo(leadBefore + 1);

		mvc.perform(get("/psychology/glass/" + id).with(fx.as("psychologist2"))).andExpect(status().isOk())
			.andExpect(content().string(containsString(progress)))
			.andExpect(content().string(not(containsString(process))))
			.andExpect(content().string(not(containsString("name=\"body\""))));
		mvc.perform(get("/psychology/cases/" + id).with(fx.as("psychologist2")))
			.andExpect(redirectedUrl("/psychology/glass/" + id));
		// read-only: every write and the care API answer as for a stranger
		mvc.perform(post("/psychology/cases/" + id + "/notes").with(fx.as("psychologist2")).with(csrf())
				.param("kind", "PROGRESS").param("body", "ajout")).andExpect(status().isNotFound());
		mvc.perform(get("/api/psychology/cases/" + id).with(fx.as("psychologist2"))).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from sensitive_read where actor = 'psychologist2' and record_id = ? "
				+ "and grant_id is not null and purpose_key = 'psychology.purpose.glass'").param("" + id)
			.query(Long.class).single()).isPositive();
		mvc.perform(get("/me/record-access").with(fx.as("member")).param("lang", "fr")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Prise en charge par le service de psychologie")))
			.andExpect(content().string(containsString("table-warning")));

		jdbc.sql("update glass_grant set expires_at = now() - interval '1 minute' where actor = 'psychologist2' "
				+ "and domain = 'psychology' and record_id = ?").param("" + id).update();
		mvc.perform(get("/psychology/glass/" + id).with(fx.as("psychologist2"))).andExpect(status().isNotFound());
		mvc.perform(get("/psychology/cases/" + id).with(fx.as("psychologist2"))).andExpect(status().isNotFound());
	}

	@Test
	void aProcessNoteIsItsAuthorsAloneAndNeverExported() throws Exception {
		mvc.perform(get("/psychology/cases/" + id).with(fx.as("psychologist"))).andExpect(status().isOk())
			.andExpect(content().string(containsString(process)));
		mvc.perform(get("/psychology/cases/" + id).with(fx.as("psylead"))).andExpect(status().isOk())
			.andExpect(content().string(containsString(progress)))
			.andExpect(content().string(not(containsString(process))));
		mvc.perform(get("/api/psychology/cases/" + id).with(fx.as("psylead")))
			.andExpect(content().string(not(containsString(process))));
		String export = PsychologyConfidentialityMatrixTest.text(mvc.perform(get("/psychology/caseload/export")
			.with(fx.as("psychologist"))).andReturn().getResponse());
		assertThat(export).doesNotContain(process).doesNotContain(progress);
		String reference = jdbc.sql("select reference from psy_case where id = ?").param(id).query(String.class).single();
		mvc.perform(get("/api/people/me/access").with(fx.as("member"))).andExpect(status().isOk())
			.andExpect(content().string(containsString(reference)))
			.andExpect(content().string(not(containsString(process))))
			.andExpect(content().string(not(containsString(progress))));
	}

	long grants() {
		return jdbc.sql("select count(*) from glass_grant where domain = 'psychology' and record_id = ?")
			.param("" + id).query(Long.class).single();
	}
}
