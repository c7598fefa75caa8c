package dz.sanad.organisation.web;

import dz.sanad.platform.HttpRules;
import dz.sanad.platform.NavLink;
import dz.sanad.platform.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import java.util.List;
import java.util.Set;

/** Who may reach the organisation pages and API, and where they sit in the menu. */
@Configuration(proxyBeanMethods = false)
class OrganisationWeb {

	/** Staff roles that may look at units (within their scope). */
	static final String[] VIEWERS = { "ADMIN", "TRAINING_MANAGER", "CENTRE_COORDINATOR", "DGSN_SOCIAL",
			"WILAYA_OFFICER", "ESTABLISHMENT_HEAD", "COMMITTEE", "DPO" };

	@Bean
	HttpRules organisationRules() {
		return rules -> rules
			.requestMatchers(HttpMethod.GET, "/organisation/units", "/organisation/units/export",
					"/organisation/tree", "/organisation/tree/children", "/api/organisation/**")
			.hasAnyRole(VIEWERS)
			.requestMatchers("/organisation/units/new", "/organisation/units/*/edit",
					"/organisation/units/*/deactivate", "/organisation/units/*/reactivate")
			.hasRole("ADMIN")
			.requestMatchers(HttpMethod.GET, "/organisation/units/*").hasAnyRole(VIEWERS);
	}

	@Bean
	Navigation organisationNavigation() {
		return () -> List.of(
				new NavLink("nav.section.reference", "nav.organisation.tree", "/organisation/tree", Set.of(VIEWERS), 900),
				new NavLink("nav.section.reference", "nav.organisation.units", "/organisation/units", Set.of(VIEWERS), 901));
	}
}
