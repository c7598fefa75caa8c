package dz.sanad.psychology.instruments;

import dz.sanad.platform.BusinessException;
import dz.sanad.platform.SanadUser;
import dz.sanad.psychology.Scopes;
import dz.sanad.support.IntegrationTest;
import dz.sanad.support.RoleMatrix;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static dz.sanad.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The safety rule end to end on the real database, on records the demo member opens by self-referral: a PHQ-9 with item 9 above 0 records an alert with the
 * administration and tells the on-call psychologist(s) at once; the answers are sealed in the table; only who may
 * handle the alert sees and handles it, once, saying how.
 */
@IntegrationTest
class SafetyRuleTest {

	static final List<Integer> ITEM9 = List.of(1, 1, 0, 0, 0, 0, 0, 0, 2);

	@Autowired
	Administrations administrations;

	@Autowired
	SafetyAlerts alerts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	void actAs(String username) {
		SanadUser u = (SanadUser) users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
	}

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	/** A fresh psychological record: the demo member self-refers through the real page. */
	long newRecord() throws Exception {
		long before = jdbc.sql("select coalesce(max(id), 0) from psy_case").query(Long.class).single();
		mvc.perform(post("/psychology/my").with(as(users, "member")).with(csrf()).param("message", "demande")
			.param("scopes", Scopes.FOLLOW_UP))
			.andExpect(status().is3xxRedirection());
		return jdbc.sql("select max(id) from psy_case where id > ?").param(before).query(Long.class).single();
	}

	@Test
	void item9AboveZeroRaisesAnAlertToldToTheOnCallPsychologist() throws Exception {
		long record = newRecord();
		actAs("psychologist");
		Administrations.Recorded r = administrations.record(record, "PHQ9", ITEM9);
		assertThat(r.score()).isEqualTo(new Score(4, "instruments.band.phq9.minimal", true));
		assertThat(r.alertId()).isNotNull();
		assertThat(jdbc.sql("select administration_id from psy_safety_alert where id = ?").param(r.alertId())
			.query(Long.class).single()).isEqualTo(r.administrationId());
		// told at once, in the same transaction, discreetly (no score, no name)
		// the demo rota puts psychologist2 on call today
		List<String> told = jdbc.sql("select username || ': ' || text_en from platform_notification where link = ?")
			.param(SafetyAlerts.LINK + r.alertId()).query(String.class).list();
		assertThat(told).containsExactly("psychologist2: A questionnaire needs your attention at once (on-call).");
	}

	@Test
	void item9AtZeroRaisesNothingWhateverTheTotal() throws Exception {
		long record = newRecord();
		actAs("psychologist");
		Administrations.Recorded r = administrations.record(record, "PHQ9", List.of(3, 3, 3, 3, 3, 3, 3, 3, 0));
		assertThat(r.score().bandKey()).isEqualTo("instruments.band.phq9.severe");
		assertThat(r.alertId()).isNull();
		assertThat(jdbc.sql("select count(*) from psy_safety_alert where record_id = ?").param(record)
			.query(Long.class).single()).isZero();
	}

	@Test
	void answersAreSealedInTheTableAndOpenForTheRecordOnly() throws Exception {
		long record = newRecord();
		actAs("psychologist");
		long id = administrations.record(record, "GAD7", List.of(3, 2, 1, 0, 1, 2, 3)).administrationId();
		byte[] raw = jdbc.sql("select answers from psy_administration where id = ?").param(id)
			.query((rs, n) -> rs.getBytes(1)).single();
		assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("3,2,1,0,1,2,3");
		assertThat(administrations.answers(record, id)).containsExactly(3, 2, 1, 0, 1, 2, 3);
		assertThatThrownBy(() -> administrations.answers(record + 1, id))
			.isInstanceOf(dz.sanad.platform.NotFoundException.class);
	}

	@Test
	void historyAndTrendKeepEachVersionAndOrder() throws Exception {
		long record = newRecord();
		actAs("psychologist");
		administrations.record(record, "PHQ9", List.of(2, 2, 2, 2, 2, 2, 2, 2, 0));
		administrations.record(record, "PHQ9", List.of(1, 1, 1, 1, 1, 0, 0, 0, 0));
		administrations.record(record, "K10", List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
		assertThat(administrations.history(record)).extracting(Administrations.Result::total).containsExactly(16, 5,
				10);
		assertThat(administrations.history(record)).allSatisfy(h -> {
			assertThat(h.instrumentVersion()).isEqualTo(1);
			assertThat(h.by()).isEqualTo("psychologist");
		});
		List<Administrations.Series> trend = administrations.trend(record);
		assertThat(trend).extracting(Administrations.Series::instrumentCode).containsExactly("K10", "PHQ9");
		assertThat(trend.get(1).points()).extracting(Administrations.Point::total).containsExactly(16, 5);
		assertThat(trend.get(1).maxTotal()).isEqualTo(27);
	}

	@Test
	void incompleteAnswersAreRefusedAndNothingIsRecorded() throws Exception {
		long record = newRecord();
		actAs("psychologist");
		assertThatThrownBy(() -> administrations.record(record, "PHQ9", List.of(0, 0, 3)))
			.isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("answers"));
		assertThat(administrations.history(record)).isEmpty();
	}

	@Test
	void onlyWhoMayHandleSeesAndHandlesTheAlertOnceSayingHow() throws Exception {
		long record = newRecord();
		actAs("psychologist");
		long alert = administrations.record(record, "PHQ9", ITEM9).alertId();
		// psychologist gave the questionnaire but is neither on call nor told: not theirs to handle
		assertThatThrownBy(() -> alerts.get(alert)).isInstanceOf(AccessDeniedException.class);
		assertThat(alerts.open()).noneMatch(a -> a.id() == alert);
		RoleMatrix.check(mvc, users, () -> get("/psychology/alerts/" + alert), "psychologist2", "psylead");
		RoleMatrix.check(mvc, users, () -> get("/psychology/alerts"), "psychologist", "psychologist2", "psylead");
		mvc.perform(get("/psychology/alerts/" + alert).param("lang", "fr").with(as(users, "psylead")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Protection civile 14")));

		mvc.perform(post("/psychology/alerts/" + alert + "/handle").param("handling", " ").param("lang", "en")
			.with(as(users, "psylead")).with(csrf()))
			.andExpect(redirectedUrl(SafetyAlerts.LINK + alert))
			.andExpect(flash().attribute("error", "How it was handled : Say how the alert was handled"));
		mvc.perform(post("/psychology/alerts/" + alert + "/handle").param("handling", "Called back within the hour.")
			.with(as(users, "psychologist")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/psychology/alerts/" + alert + "/handle").param("handling", "Called back within the hour.")
			.with(as(users, "psylead")).with(csrf()))
			.andExpect(redirectedUrl(SafetyAlerts.LINK + alert))
			.andExpect(flash().attribute("success", "instruments.alert.handled"));
		actAs("psylead");
		SafetyAlerts.View v = alerts.get(alert);
		assertThat(v.open()).isFalse();
		assertThat(v.handledBy()).isEqualTo("psylead");
		assertThat(v.handling()).isEqualTo("Called back within the hour.");
		assertThatThrownBy(() -> alerts.handle(alert, "again"))
			.isInstanceOfSatisfying(BusinessException.class,
					e -> assertThat(e.messageKey()).isEqualTo("instruments.alert.already"));
		byte[] raw = jdbc.sql("select handling from psy_safety_alert where id = ?").param(alert)
			.query((rs, n) -> rs.getBytes(1)).single();
		assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("Called back");
	}
}
