package dz.sanad.platform;

import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A malformed request gets a 4xx whose page or JSON says, in the reader's language, what was wrong and where. MockMvc
 * does not forward to /error as the servlet container does, so {@link #rendered} replays that step with the request's
 * attributes and the exception.
 */
@IntegrationTest
class BadRequestMessagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void textInANumberNamesTheParameterOnATranslatedPage() throws Exception {
		MvcResult r = mvc.perform(get("/people/members").param("page", "abc").param("lang", "fr")
			.with(DemoUsers.as(users, "dgsn"))).andReturn();
		assertThat(r.getResponse().getStatus()).isEqualTo(400);
		String html = rendered(r, "text/html", "fr");
		assertThat(html).contains("Valeur invalide pour « page »").doesNotContain("??").doesNotContain("error.");
		MvcResult api = mvc.perform(get("/api/people/members").param("page", "2147483648").accept("application/json")
			.with(DemoUsers.as(users, "dgsn"))).andReturn();
		assertThat(api.getResponse().getStatus()).isEqualTo(400);
		assertThat(rendered(api, "application/json", "ar")).contains("\"field\":\"page\"").contains("قيمة غير صالحة في «page»");
	}

	@Test
	void textInANumberOfAFilterFormIsNamedToo() throws Exception {
		MvcResult r = mvc.perform(get("/training/sessions").param("year", "abc").with(DemoUsers.as(users, "ministry")))
			.andReturn();
		assertThat(r.getResponse().getStatus()).isEqualTo(400);
		assertThat(rendered(r, "text/html", "en")).contains("Invalid value for &quot;year&quot;").doesNotContain("??");
	}

	@Test
	void nulInAFilterIsRefusedBeforeAnyQueryAndTheExportNeverStarts() throws Exception {
		MvcResult r = mvc.perform(get("/people/members/export").param("q", "a\u0000b").with(DemoUsers.as(users, "dgsn")))
			.andReturn();
		assertThat(r.getResponse().getStatus()).isEqualTo(400);
		assertThat(r.getResponse().getContentType()).isNull();
		assertThat(r.getResponse().getContentAsByteArray()).isEmpty();
		assertThat(rendered(r, "application/json", "en")).contains("\"field\":\"q\"")
			.contains("The value of \\\"q\\\" contains a forbidden control character");
	}

	@Test
	void nulInJsonTextNamesTheField() throws Exception {
		MvcResult r = mvc.perform(post("/api/activities/care/apply").contentType(MediaType.APPLICATION_JSON)
			.content("{\"groupId\":1,\"comment\":\"x\",\"familyMemberId\":\"a\\u0000\"}").with(csrf())
			.with(DemoUsers.as(users, "member"))).andReturn();
		assertThat(r.getResponse().getStatus()).isEqualTo(400);
		MvcResult text = mvc.perform(post("/api/training/sessions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"a\\u0000b\"}").with(csrf()).with(DemoUsers.as(users, "ministry"))).andReturn();
		assertThat(text.getResponse().getStatus()).isEqualTo(400);
		assertThat(rendered(text, "application/json", "ar")).contains("\"field\":\"code\"").contains("قيمة غير صالحة");
	}

	@Test
	void emptyOrMalformedBodiesAndMissingIdsAre4xx() throws Exception {
		MvcResult empty = mvc.perform(post("/api/activities/care/apply").contentType(MediaType.APPLICATION_JSON)
			.content("{}").with(csrf()).with(DemoUsers.as(users, "member"))).andReturn();
		assertThat(empty.getResponse().getStatus()).isEqualTo(400);
		assertThat(empty.getResponse().getContentAsString()).contains("groupId");
		MvcResult malformed = mvc.perform(post("/api/activities/care/apply").contentType(MediaType.APPLICATION_JSON)
			.content("{").with(csrf()).with(DemoUsers.as(users, "member"))).andReturn();
		assertThat(malformed.getResponse().getStatus()).isEqualTo(400);
		assertThat(rendered(malformed, "application/json", "fr")).contains("n'est pas un JSON valide");
	}

	@Test
	void aMissingFileIs400WithATranslatedMessage() throws Exception {
		MvcResult notMultipart = mvc.perform(post("/api/people/imports").with(csrf()).with(DemoUsers.as(users, "dgsn")))
			.andReturn();
		assertThat(notMultipart.getResponse().getStatus()).isEqualTo(400);
		assertThat(rendered(notMultipart, "application/json", "en")).contains("A file is required");
		MvcResult noFile = mvc.perform(multipart("/people/imports").with(csrf()).with(DemoUsers.as(users, "dgsn")))
			.andReturn();
		assertThat(noFile.getResponse().getStatus()).isBetween(400, 499);
		assertThat(rendered(noFile, "text/html", "ar")).contains("<main").doesNotContain("??");
	}

	/** What the container's forward to /error shows for this result. */
	private String rendered(MvcResult r, String accept, String lang) throws Exception {
		MockHttpServletRequest original = r.getRequest();
		MockHttpServletRequestBuilder error = get("/error").param("lang", lang).accept(accept)
			.with(DemoUsers.as(users, "dgsn"))
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, r.getResponse().getStatus())
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, original.getRequestURI());
		for (String name : Collections.list(original.getAttributeNames())) {
			if (name.startsWith("sanad.error.")) {
				error.requestAttr(name, original.getAttribute(name));
			}
		}
		if (r.getResolvedException() != null) {
			error.requestAttr(RequestDispatcher.ERROR_EXCEPTION, r.getResolvedException());
		}
		return new String(mvc.perform(error).andReturn().getResponse().getContentAsByteArray(),
				java.nio.charset.StandardCharsets.UTF_8);
	}
}
