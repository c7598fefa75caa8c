package dz.sanad.people.web;

import dz.sanad.platform.HttpRules;
import dz.sanad.platform.NavLink;
import dz.sanad.platform.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import java.util.List;
import java.util.Set;

/**
 * Who may reach the people pages and API. Viewing is scoped in the services (a wilaya officer sees its wilaya, a head
 * its establishment's staff); administrators run the platform and see no one.
 */
@Configuration(proxyBeanMethods = false)
class PeopleWeb {

	static final String[] VIEWERS = { "DGSN_SOCIAL", "WILAYA_OFFICER", "ESTABLISHMENT_HEAD", "DPO" };

	static final String[] EDITORS = { "DGSN_SOCIAL", "WILAYA_OFFICER" };

	@Bean
	HttpRules peopleRules() {
		return rules -> rules
			.requestMatchers("/people/me", "/people/me/**", "/api/people/me", "/api/people/me/**").hasRole("MEMBER")
			.requestMatchers("/people/imports", "/people/imports/**", "/api/people/imports", "/api/people/imports/**")
			.hasRole("DGSN_SOCIAL")
			.requestMatchers(HttpMethod.GET, "/people/members/*/access.pdf", "/people/members/*/access.json",
					"/api/people/members/*/access")
			.hasRole("DPO")
			.requestMatchers("/people/corrections", "/people/corrections/**", "/api/people/corrections",
					"/api/people/corrections/**")
			.hasAnyRole(EDITORS)
			.requestMatchers("/people/members/new", "/people/members/*/edit", "/people/members/*/deactivate",
					"/people/members/*/reactivate", "/people/members/*/family/**", "/people/members/*/consents/**",
					"/people/consents/**")
			.hasAnyRole(EDITORS)
			.requestMatchers(HttpMethod.GET, "/people/members", "/people/members/export", "/people/members/*",
					"/api/people/members", "/api/people/members/**", "/api/people/family/*")
			.hasAnyRole(VIEWERS)
			.requestMatchers("/api/people/members", "/api/people/members/**", "/api/people/family/**",
					"/api/people/consents/**")
			.hasAnyRole(EDITORS);
	}

	@Bean
	Navigation peopleNavigation() {
		return () -> List.of(
				new NavLink("nav.section.people", "nav.people.members", "/people/members", Set.of(VIEWERS), 300),
				new NavLink("nav.section.people", "nav.people.corrections", "/people/corrections", Set.of(EDITORS), 301),
				new NavLink("nav.section.people", "nav.people.imports", "/people/imports", Set.of("DGSN_SOCIAL"), 302),
				new NavLink("nav.section.people", "nav.people.me", "/people/me", Set.of("MEMBER"), 303));
	}
}
