package dz.sanad.platform;

import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Every error page, in every language, shows translated text and never a raw message key. */
@IntegrationTest
class ErrorPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@ParameterizedTest
	@CsvSource({ "403,ar,الدخول مرفوض", "403,fr,Accès refusé", "403,en,", "404,ar,", "404,fr,Page introuvable", "404,en,",
			"400,ar,", "400,fr,Requête invalide", "400,en,", "500,ar,", "500,fr,Erreur du système", "500,en,",
			"503,ar,", "503,fr,", "503,en," })
	void errorPagesAreTranslatedWithoutRawKeys(int status, String lang, String expected) throws Exception {
		String html = mvc.perform(get("/error").param("lang", lang).with(DemoUsers.as(users, "wilaya16"))
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere")
				.accept("text/html"))
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("<main").doesNotContain("??").doesNotContain(">Forbidden<")
			.doesNotContain("Bad Request").doesNotContain("Not Found");
		if (expected != null) {
			assertThat(html).contains(expected);
		}
	}
}
