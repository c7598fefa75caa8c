package dz.sanad.welfare;

import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import dz.sanad.support.RoleMatrix;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A listening day: created by the wilaya's service, petitions captured as concerns, the PDF report in ar and fr. */
@IntegrationTest
class ListeningDayTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void captureOnTheSpotAndReport() throws Exception {
		var officer = DemoUsers.as(users, "wilaya16");
		String location = mvc.perform(post("/welfare/listening").with(officer).with(csrf()).param("heldOn", "2026-11-30")
				.param("place", "Salle des fêtes, Hussein Dey")).andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long day = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		RoleMatrix.check(mvc, users, () -> get("/welfare/listening"), "wilaya16", "dgsn");
		RoleMatrix.check(mvc, users, () -> get("/welfare/listening/" + day), "wilaya16", "dgsn");

		mvc.perform(post("/welfare/listening/" + day + "/capture").with(officer).with(csrf())
				.param("matricule", "NOPE-1").param("categoryCode", "HOUSING").param("subject", "x")
				.param("description", "y").param("lang", "fr"))
			.andExpect(flash().attribute("error", "Matricule : Aucun fonctionnaire de cette wilaya n’a ce matricule."));
		mvc.perform(post("/welfare/listening/" + day + "/capture").with(officer).with(csrf())
				.param("matricule", "M-16-0001").param("categoryCode", "WORK.SCHEDULE")
				.param("subject", "Horaires de nuit").param("description", "Trois nuits par semaine depuis un an."))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("success", "welfare.listening.captured"));
		var row = jdbc.sql("select reference, channel, state from welfare_concern where listening_day_id = ?").param(day)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) }).single();
		assertThat(row[1]).isEqualTo("LISTENING_DAY");
		assertThat(row[2]).isEqualTo("ASSIGNED");

		for (String lang : new String[] { "ar", "fr" }) {
			byte[] pdf = mvc.perform(get("/welfare/listening/" + day + "/report.pdf").with(officer).param("lang", lang))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
			try (var doc = Loader.loadPDF(pdf)) {
				String text = new PDFTextStripper().getText(doc);
				assertThat(text).contains(row[0]).contains("Horaires de nuit");
				assertThat(text).contains(lang.equals("fr") ? "Requêtes recueillies" : "العرائض");
			}
		}
	}

	@Test
	void theCentralDirectorateEditsTheCategoryTree() throws Exception {
		var dgsn = DemoUsers.as(users, "dgsn");
		RoleMatrix.check(mvc, users, () -> get("/welfare/categories"), "dgsn");
		mvc.perform(post("/welfare/categories").with(dgsn).with(csrf()).param("parent", "HOUSING").param("code", "rent")
				.param("nameAr", "مساعدة على الإيجار").param("nameFr", "Aide au loyer").param("nameEn", "Rent aid"))
			.andExpect(flash().attribute("success", "welfare.category.saved"));
		mvc.perform(post("/welfare/categories").with(dgsn).with(csrf()).param("parent", "HOUSING.RENT").param("code", "X1")
				.param("nameAr", "x").param("nameFr", "x").param("nameEn", "x").param("lang", "fr"))
			.andExpect(flash().attribute("error",
					"Catégorie parente : Une sous-catégorie se place sous une catégorie de premier niveau."));
		mvc.perform(get("/welfare/my/new").with(DemoUsers.as(users, "member"))).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("HOUSING.RENT")));
		mvc.perform(post("/welfare/categories/HOUSING.RENT/active").with(dgsn).with(csrf()).param("active", "false"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/welfare/my/new").with(DemoUsers.as(users, "member"))).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("HOUSING.RENT"))));
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'welfare-category' and entity_id = "
				+ "'HOUSING.RENT'").query(Long.class).single()).isEqualTo(2);
	}
}
