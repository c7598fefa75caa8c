package dz.sanad.platform;

import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** WebJars and Sanad's own files are served by version-less paths, to anyone (the login page needs them). */
@IntegrationTest
class StaticResourcesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void webJarsAreServedByVersionLessPaths() throws Exception {
		mvc.perform(get("/webjars/bootstrap/css/bootstrap.rtl.min.css")).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/css"));
		mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
		mvc.perform(get("/webjars/chart.js/dist/chart.umd.js")).andExpect(status().isOk());
		mvc.perform(get("/css/sanad.css")).andExpect(status().isOk());
	}

	@Test
	void pageLinksAreNotLookedUpAsResources() {
		// the rewriting filter would search the classpath for every link of every page (see WebConfig)
		FilterRegistrationBean<?> filter = context.getBean("resourceUrlEncodingFilter", FilterRegistrationBean.class);
		assertThat(filter.isEnabled()).isFalse();
	}
}
