package dz.sanad.platform;

import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** (Demo accounts prefer Arabic, so the Arabic bundle is asserted.) The home page lists the work waiting for the role, and says so plainly to roles with no module yet. */
@IntegrationTest
class HomeWorkItemsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void roleWithoutModuleIsToldSo() throws Exception {
		for (String u : new String[] { "psychologist", "health" }) {
			mvc.perform(get("/").with(DemoUsers.as(users, u)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("لا توجد بعد وحدة خاصة بدوركم")));
		}
		mvc.perform(get("/").with(DemoUsers.as(users, "ministry")))
			.andExpect(content().string(not(containsString("لا توجد بعد وحدة خاصة بدوركم"))));
	}

	@Test
	void wilayaOfficerSeesPendingCorrectionsLinkingToTheQueue() throws Exception {
		mvc.perform(post("/people/me/corrections").with(DemoUsers.as(users, "member")).with(csrf())
				.param("field", "PHONE").param("requestedValue", "0661 55 66 77").param("comment", "home"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/").with(DemoUsers.as(users, "wilaya16")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("طلبات التصحيح بانتظار قراركم: ")))
			.andExpect(content().string(containsString("/people/corrections?status=PENDING")));
	}

	@Test
	void memberSeesNoOfficerWork() throws Exception {
		mvc.perform(get("/").with(DemoUsers.as(users, "member")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("طلبات التصحيح بانتظار قراركم"))));
	}
}
