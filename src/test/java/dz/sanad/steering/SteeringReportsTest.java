package dz.sanad.steering;

import dz.sanad.platform.BusinessException;
import dz.sanad.platform.SanadUser;
import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The report engine: one report per period, both languages, numbered, archived unchangeable, mailed once. */
@IntegrationTest
class SteeringReportsTest {

	@Autowired
	Reports reports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void anAnnualReportIsIssuedInBothLanguagesArchivedAndMailedOnce() throws Exception {
		SanadUser secretariat = (SanadUser) users.loadUserByUsername("committee");
		Reports.Report r = reports.issue(secretariat, 2031, null, "عرض سنوي", "Exposé annuel");
		assertThat(r.kind()).isEqualTo("ANNUAL");
		assertThat(r.number()).isEqualTo(1);
		assertThat(r.sha256Ar()).hasSize(64).isNotEqualTo(r.sha256Fr());
		assertThat(Reports.sha(reports.pdf(r.id(), "ar"))).isEqualTo(r.sha256Ar());
		try (var doc = Loader.loadPDF(reports.pdf(r.id(), "fr"))) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("Rapport annuel 2031").contains("Exposé annuel").contains("Attestations délivrées");
		}
		// the database itself refuses to change an archived report, and a second report of the period
		assertThatThrownBy(() -> jdbc.sql("update steering_report set narrative_fr = 'réécrit' where id = ?")
			.param(r.id()).update()).hasMessageContaining("archived");
		assertThatThrownBy(() -> reports.issue(secretariat, 2031, null, "", ""))
			.isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("steering.error.reportExists");
		// the monthly reports of a year are numbered in order
		Reports.Report m1 = reports.issue(secretariat, 2031, 1, "", "");
		Reports.Report m2 = reports.issue(secretariat, 2031, 2, "", "");
		assertThat(m2.number()).isEqualTo(m1.number() + 1);
		assertThat(reports.claimMailing(r.id())).isTrue();
		assertThat(reports.claimMailing(r.id())).isFalse();
		mvc.perform(get("/steering/reports/" + r.id() + ".pdf").param("lang", "ar").with(DemoUsers.as(users, "cochair.ministry")))
			.andExpect(status().isOk());
		mvc.perform(get("/steering/reports/" + r.id() + ".pdf").with(DemoUsers.as(users, "dgsn")))
			.andExpect(status().isForbidden());
	}
}
