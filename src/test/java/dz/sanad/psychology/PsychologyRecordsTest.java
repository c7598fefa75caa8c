package dz.sanad.psychology;

import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The record's rules through the real pages: a referral out is refused without the consent scope it needs and closed
 * only with an outcome; appointments of one psychologist never overlap; a command referrer reads back the structured
 * outcome only; the raw tables (and every text column of the database) hold no plaintext of a note.
 */
@IntegrationTest
class PsychologyRecordsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	PsyFixtures fx;

	@Autowired
	Appointments appointments;

	@BeforeEach
	void fixtures() {
		fx = new PsyFixtures(mvc, users, jdbc);
	}

	long referrals(long caseId) {
		return jdbc.sql("select count(*) from psy_referral where case_id = ?").param(caseId).query(Long.class).single();
	}

	@Test
	void aReferralWithoutItsConsentScopeIsRefusedAndClosesOnlyWithAnOutcome() throws Exception {
		long id = fx.followedByPsychologist("FOLLOW_UP");
		mvc.perform(post("/psychology/cases/" + id + "/referrals").with(fx.as("psychologist")).with(csrf())
				.param("target", "PSYCHIATRIST").param("reason", "avis spécialisé").param("lang", "fr"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("error"));
		assertThat(referrals(id)).isZero();
		mvc.perform(post("/psychology/cases/" + id + "/referrals").with(fx.as("psychologist")).with(csrf())
				.param("target", "MINISTRY").param("reason", "accompagnement social"))
			.andExpect(flash().attributeExists("error"));
		assertThat(referrals(id)).isZero();

		mvc.perform(post("/psychology/cases/" + id + "/consent").with(fx.as("psychologist")).with(csrf())
				.param("scopes", "FOLLOW_UP", "SHARE_PHYSICIAN")).andExpect(flash().attributeExists("success"));
		mvc.perform(post("/psychology/cases/" + id + "/referrals").with(fx.as("psychologist")).with(csrf())
				.param("target", "PSYCHIATRIST").param("reason", "avis spécialisé"))
			.andExpect(flash().attribute("success", "psychology.referral.sent"));
		assertThat(referrals(id)).isOne();
		long referral = jdbc.sql("select id from psy_referral where case_id = ?").param(id).query(Long.class).single();

		mvc.perform(post("/psychology/cases/" + id + "/close").with(fx.as("psychologist")).with(csrf()).param("lang", "fr"))
			.andExpect(flash().attribute("error", containsString("orientation est encore ouverte")));
		mvc.perform(post("/psychology/cases/" + id + "/referrals/" + referral + "/close").with(fx.as("psychologist"))
				.with(csrf()).param("outcome", " ").param("lang", "fr"))
			.andExpect(flash().attribute("error", containsString("qu'avec son résultat")));
		mvc.perform(post("/psychology/cases/" + id + "/referrals/" + referral + "/close").with(fx.as("psychologist"))
				.with(csrf()).param("outcome", "vu en consultation"))
			.andExpect(flash().attribute("success", "psychology.referral.saved"));
		mvc.perform(post("/psychology/cases/" + id + "/close").with(fx.as("psychologist")).with(csrf()))
			.andExpect(flash().attribute("success", "psychology.closed"));
		assertThat(jdbc.sql("select state from case_record where case_type = 'psychology-referral' and case_id = ?")
			.param(referral).query(String.class).single()).isEqualTo("CLOSED");

		// withdrawing the scope refuses the next referral again
		mvc.perform(post("/psychology/cases/" + id + "/reopen").with(fx.as("psychologist")).with(csrf()));
		mvc.perform(post("/psychology/cases/" + id + "/consent/withdraw").with(fx.as("psychologist")).with(csrf())
				.param("scope", "SHARE_PHYSICIAN")).andExpect(flash().attributeExists("success"));
		mvc.perform(post("/psychology/cases/" + id + "/referrals").with(fx.as("psychologist")).with(csrf())
				.param("target", "PSYCHIATRIST").param("reason", "second avis"))
			.andExpect(flash().attributeExists("error"));
		assertThat(referrals(id)).isOne();
	}

	@Test
	void appointmentsOfOnePsychologistNeverOverlap() throws Exception {
		long id = fx.followedByPsychologist("FOLLOW_UP");
		String day = LocalDate.now().plusDays(40).toString();
		mvc.perform(post("/psychology/cases/" + id + "/appointments").with(fx.as("psychologist")).with(csrf())
				.param("start", day + "T09:00").param("minutes", "60").param("kind", "INDIVIDUAL").param("mode", "IN_PERSON"))
			.andExpect(flash().attribute("success", "psychology.appointment.booked"));
		mvc.perform(post("/psychology/cases/" + id + "/appointments").with(fx.as("psychologist")).with(csrf())
				.param("start", day + "T09:30").param("minutes", "45").param("kind", "COUPLE").param("mode", "VIDEO")
				.param("lang", "fr"))
			.andExpect(flash().attribute("error", containsString("déjà un rendez-vous à cette heure")));
		mvc.perform(post("/psychology/cases/" + id + "/appointments").with(fx.as("psychologist")).with(csrf())
				.param("start", day + "T10:00").param("minutes", "45").param("kind", "FAMILY").param("mode", "VIDEO"))
			.andExpect(flash().attribute("success", "psychology.appointment.booked"));
		assertThat(jdbc.sql("select count(*) from psy_appointment where case_id = ?").param(id).query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void theDayBeforeReminderSaysAppointmentAtTheCentreOnlyAndIsSentOnce() throws Exception {
		long id = fx.followedByPsychologist("FOLLOW_UP");
		long member = jdbc.sql("select member_id from psy_case where id = ?").param(id).query(Long.class).single();
		java.time.LocalDateTime soon = java.time.LocalDateTime.now(dz.sanad.platform.Formats.ZONE).plusHours(3)
			.withSecond(0).withNano(0);
		mvc.perform(post("/psychology/cases/" + id + "/appointments").with(fx.as("psychologist2")).with(csrf())
				.param("start", soon.toString()).param("minutes", "30").param("kind", "INDIVIDUAL").param("mode", "IN_PERSON"))
			.andExpect(status().isNotFound());
		jdbc.sql("update psy_appointment set status = 'CANCELLED' where psychologist = 'psychologist' and status = 'BOOKED' "
				+ "and starts_at < now() + interval '1 day'").update();
		mvc.perform(post("/psychology/cases/" + id + "/appointments").with(fx.as("psychologist")).with(csrf())
				.param("start", soon.toString()).param("minutes", "30").param("kind", "INDIVIDUAL").param("mode", "IN_PERSON"))
			.andExpect(flash().attribute("success", "psychology.appointment.booked"));
		// the scheduled job may claim it first: whoever sends it, it is sent once, worded discreetly
		appointments.sendReminders();
		assertThat(appointments.sendReminders()).isZero();
		String when = soon.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
		List<String> texts = jdbc.sql("select text_fr || ' ' || text_ar || ' ' || text_en from platform_notification "
				+ "where member_id = ? and text_fr like ?").param(member).param("%" + when + "%").query(String.class).list();
		assertThat(texts).hasSize(1);
		assertThat(texts.get(0)).contains("rendez-vous au centre").contains("موعد بالمركز")
			.doesNotContainIgnoringCase("psycholog").doesNotContain("نفس");
	}

	@Test
	void aCommandReferrerReadsBackTheStructuredOutcomeOnly() throws Exception {
		String matricule = jdbc.sql("select matricule from people_member where wilaya_code = '16' order by id offset 7 limit 1")
			.query(String.class).single();
		String reason = "motif-" + UUID.randomUUID();
		mvc.perform(post("/psychology/referrals").with(fx.as("wilaya16")).with(csrf()).param("matricule", matricule)
				.param("reason", reason)).andExpect(flash().attribute("success", "psychology.referred"));
		long id = jdbc.sql("select max(id) from psy_case where referrer = 'wilaya16'").query(Long.class).single();
		fx.assign(id, "psychologist");
		fx.note(id, "psychologist", "PROGRESS", "note-" + reason);
		mvc.perform(post("/psychology/cases/" + id + "/close").with(fx.as("psychologist")).with(csrf()).param("lang", "fr"))
			.andExpect(flash().attribute("error", containsString("retour à l'orienteur avant de clôturer")));
		mvc.perform(post("/psychology/cases/" + id + "/outcome").with(fx.as("psychologist")).with(csrf())
				.param("outcome", "RESTRICTED")).andExpect(flash().attribute("success", "psychology.outcome.saved"));
		mvc.perform(get("/psychology/referrals").with(fx.as("wilaya16")).param("lang", "fr")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Restriction temporaire")))
			.andExpect(content().string(not(containsString(reason))))
			.andExpect(content().string(not(containsString("PSY-"))));
		// another referrer does not see it at all
		mvc.perform(get("/psychology/referrals").with(fx.as("head")).param("lang", "fr"))
			.andExpect(content().string(not(containsString("Restriction temporaire"))));
	}

	@Test
	void theCommitteeReadsSuppressedCountsOnly() throws Exception {
		long id = fx.followedByPsychologist("FOLLOW_UP", "ANONYMOUS_STATS");
		String reference = jdbc.sql("select reference from psy_case where id = ?").param(id).query(String.class).single();
		mvc.perform(get("/psychology/figures").with(fx.as("committee")).param("lang", "fr")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Dossiers ouverts")))
			.andExpect(content().string(containsString("&lt;10")))
			.andExpect(content().string(not(containsString(reference))));
		long counted = jdbc.sql("select count(*) from psy_case where stats_consent and route = 'SELF'").query(Long.class)
			.single();
		mvc.perform(post("/psychology/cases/" + id + "/consent/withdraw").with(fx.as("psychologist")).with(csrf())
			.param("scope", "ANONYMOUS_STATS")).andExpect(flash().attributeExists("success"));
		long withdrawn = jdbc.sql("select count(*) from psy_case where stats_consent and route = 'SELF'").query(Long.class)
			.single();
		assertThat(withdrawn).as("a withdrawn anonymous-statistics consent leaves the aggregates").isEqualTo(counted - 1);
	}

	@Test
	void theRawTablesHoldNoPlaintextOfANote() throws Exception {
		long id = fx.followedByPsychologist("FOLLOW_UP");
		String secret = "plaintext-" + UUID.randomUUID();
		fx.note(id, "psychologist", "PROGRESS", secret);
		fx.note(id, "psychologist", "PROCESS", secret + "-process");
		mvc.perform(get("/psychology/cases/" + id).with(fx.as("psychologist"))).andExpect(status().isOk())
			.andExpect(content().string(containsString(secret)));
		assertThat(jdbc.sql("select count(*) from psy_note where case_id = ?").param(id).query(Long.class).single())
			.isEqualTo(2);
		// every text and bytea column of every table: a dump alone reveals nothing
		List<String[]> columns = jdbc.sql("""
				select table_name, column_name, data_type from information_schema.columns
				where table_schema = current_schema() and data_type in ('text', 'character varying', 'bytea', 'jsonb')""")
			.query((rs, i) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) }).list();
		assertThat(columns).isNotEmpty();
		for (String[] c : columns) {
			String test = c[2].equals("bytea") ? "position(convert_to(?, 'UTF8') in \"" + c[1] + "\") > 0"
					: "strpos(\"" + c[1] + "\"::text, ?) > 0";
			long hits = jdbc.sql("select count(*) from \"" + c[0] + "\" where " + test).param(secret).query(Long.class)
				.single();
			assertThat(hits).as("plaintext in %s.%s", c[0], c[1]).isZero();
		}
	}
}
