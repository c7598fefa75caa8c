package dz.sanad.activities.web;

import dz.sanad.platform.HttpRules;
import dz.sanad.platform.NavLink;
import dz.sanad.platform.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import java.util.List;
import java.util.Set;

/**
 * Who reaches the activities pages and API. Managers (DGSN directorate, wilaya officer, establishment head) run
 * everything within their scope (checked again in the services); members use the catalogue and their family's
 * registrations and applications; the committee sees aggregates only.
 */
@Configuration(proxyBeanMethods = false)
class ActivitiesWeb {

	static final String[] MANAGERS = { "DGSN_SOCIAL", "WILAYA_OFFICER", "ESTABLISHMENT_HEAD" };

	static final String[] MANAGERS_AND_MEMBERS = { "DGSN_SOCIAL", "WILAYA_OFFICER", "ESTABLISHMENT_HEAD", "MEMBER" };

	static final String[] AGGREGATES = { "DGSN_SOCIAL", "WILAYA_OFFICER", "ESTABLISHMENT_HEAD", "COMMITTEE" };

	@Bean
	HttpRules activitiesRules() {
		return rules -> rules
			.requestMatchers("/activities/catalogue", "/activities/catalogue/export", "/activities/my",
					"/activities/my/export", "/activities/registrations/*/survey", "/activities/care/my",
					"/activities/care/apply", "/activities/care/my/export", "/activities/care/my/*/withdraw",
					"/activities/care/my/*/pickups", "/api/activities/catalogue", "/api/activities/my",
					"/api/activities/registrations/*/survey", "/api/activities/care/my", "/api/activities/care/apply")
			.hasRole("MEMBER")
			.requestMatchers(HttpMethod.GET, "/activities/{id:\\d+}", "/api/activities/{id:\\d+}")
			.hasAnyRole(MANAGERS_AND_MEMBERS)
			.requestMatchers(HttpMethod.POST, "/activities/{id:\\d+}/register", "/api/activities/{id:\\d+}/registrations",
					"/activities/registrations/*/cancel", "/api/activities/registrations/*/cancel")
			.hasAnyRole(MANAGERS_AND_MEMBERS)
			.requestMatchers("/activities/stats", "/activities/stats/export", "/api/activities/stats")
			.hasAnyRole(AGGREGATES)
			.requestMatchers("/activities", "/activities/**", "/api/activities", "/api/activities/**")
			.hasAnyRole(MANAGERS);
	}

	@Bean
	Navigation activitiesNavigation() {
		Set<String> managers = Set.of(MANAGERS);
		Set<String> member = Set.of("MEMBER");
		String s = "nav.section.activities";
		return () -> List.of(
				new NavLink(s, "nav.act.dashboard", "/activities/dashboard", managers, 600),
				new NavLink(s, "nav.act.activities", "/activities", managers, 601),
				new NavLink(s, "nav.act.registrations", "/activities/registrations", managers, 602),
				new NavLink(s, "nav.act.programmes", "/activities/programmes", managers, 603),
				new NavLink(s, "nav.act.clubs", "/activities/clubs", managers, 604),
				new NavLink(s, "nav.act.athletes", "/activities/clubs/athletes", managers, 605),
				new NavLink(s, "nav.act.talents", "/activities/talents", managers, 606),
				new NavLink(s, "nav.act.care", "/activities/care", managers, 607),
				new NavLink(s, "nav.act.careApplications", "/activities/care/applications", managers, 608),
				new NavLink(s, "nav.act.associations", "/activities/associations", managers, 609),
				new NavLink(s, "nav.act.partnerships", "/activities/partnerships", managers, 610),
				new NavLink(s, "nav.act.stats", "/activities/stats", Set.of(AGGREGATES), 611),
				new NavLink(s, "nav.act.catalogue", "/activities/catalogue", member, 612),
				new NavLink(s, "nav.act.my", "/activities/my", member, 613),
				new NavLink(s, "nav.act.careMy", "/activities/care/my", member, 614));
	}
}
