package dz.sanad.psychology.instruments;

import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The anonymous self-check: the page works without login in Arabic and French with the published wording only;
 * the count endpoint keeps a counter per instrument and band and nothing else, refuses what is not a band of an
 * offered instrument, and is rate-limited without storing the address.
 */
@IntegrationTest
class SelfCheckTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long count(String code, String band) {
		return jdbc.sql("select coalesce(sum(count), 0) from psy_selfcheck_count where instrument_code = ? and band_key = ?")
			.params(code, band).query(Long.class).single();
	}

	MockHttpServletRequestBuilder send(String json, String address) {
		return post("/api/self-check/count").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json)
			.with(r -> {
				r.setRemoteAddr(address);
				return r;
			});
	}

	@Test
	void thePageWorksWithoutLoginInFrenchWithThePublishedFrenchWording() throws Exception {
		mvc.perform(get("/self-check").param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Auto-évaluation : comment allez-vous ?")))
			.andExpect(content().string(containsString("Peu d’intérêt ou de plaisir à faire des choses")))
			.andExpect(content().string(containsString("Plus de sept jours")))
			.andExpect(content().string(containsString("/js/selfcheck.js")))
			.andExpect(content().string(not(containsString("id=\"not-in-language\""))));
	}

	@Test
	void inArabicThePageSaysNoValidatedArabicVersionExistsAndShowsThePublishedOne() throws Exception {
		mvc.perform(get("/self-check").param("lang", "ar"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("تقييم ذاتي: كيف حالك؟")))
			.andExpect(content().string(containsString("id=\"not-in-language\"")))
			.andExpect(content().string(containsString("class=\"questionnaire\" lang=\"fr\"")))
			.andExpect(content().string(containsString("الحماية المدنية 14")))
			.andExpect(content().string(containsString("href=\"/psychology/self-referral\"")));
		mvc.perform(get("/self-check").param("instrument", "GAD7").param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Feeling nervous, anxious, or on edge")))
			.andExpect(content().string(containsString("id=\"not-in-language\"")));
	}

	@Test
	void onlyACountPerInstrumentAndBandIsStored() throws Exception {
		long before = count("PHQ9", "instruments.band.phq9.mild");
		mvc.perform(send("{\"instrument\":\"PHQ9\",\"band\":\"instruments.band.phq9.mild\"}", "10.1.1.1"))
			.andExpect(status().isNoContent());
		assertThat(count("PHQ9", "instruments.band.phq9.mild")).isEqualTo(before + 1);
		List<String> columns = jdbc.sql("select column_name from information_schema.columns "
				+ "where table_name = 'psy_selfcheck_count' order by ordinal_position").query(String.class).list();
		assertThat(columns).containsExactly("instrument_code", "band_key", "count");
		// the limiter remembers a keyed hash of the client, never its address
		assertThat(jdbc.sql("select count(*) from platform_rate_hit where name = 'psychology.selfcheck' and key like '%10.1.1.1%'")
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from platform_rate_hit where name = 'psychology.selfcheck'")
			.query(Long.class).single()).isPositive();
	}

	@Test
	void whatIsNotABandOfAnOfferedInstrumentIsRefused() throws Exception {
		mvc.perform(send("{\"instrument\":\"PHQ9\",\"band\":\"instruments.band.gad7.mild\"}", "10.1.1.2"))
			.andExpect(status().isUnprocessableEntity());
		mvc.perform(send("{\"instrument\":\"PCL5\",\"band\":\"instruments.band.pcl5.below\"}", "10.1.1.2"))
			.andExpect(status().isUnprocessableEntity());
		mvc.perform(send("{\"instrument\":\"PHQ9\",\"band\":\"instruments.band.phq9.mild\",\"total\":7}", "10.1.1.2"))
			.andExpect(status().isNoContent());
	}

	@Test
	void theCountIsRateLimitedPerClient() throws Exception {
		String json = "{\"instrument\":\"GAD7\",\"band\":\"instruments.band.gad7.minimal\"}";
		long before = count("GAD7", "instruments.band.gad7.minimal");
		for (int n = 0; n < 10; n++) {
			mvc.perform(send(json, "10.2.2.2")).andExpect(status().isNoContent());
		}
		mvc.perform(send(json, "10.2.2.2")).andExpect(status().isTooManyRequests());
		mvc.perform(send(json, "10.2.2.3")).andExpect(status().isNoContent());
		assertThat(count("GAD7", "instruments.band.gad7.minimal")).isEqualTo(before + 11);
	}
}
