package dz.sanad.health.web;

import dz.sanad.platform.HttpRules;
import dz.sanad.platform.NavLink;
import dz.sanad.platform.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Set;

/**
 * Who reaches the family-health pages and API: the centre's care team (health officer, physician) the records,
 * appointments, referrals, follow-up and campaigns; a member their own record and their minor children's
 * (which person each may open is decided in the module, {@code HealthAccess}); a physician the break-the-glass form;
 * the administrator the problem code list. Establishment heads, wilaya officers and the others nothing medical.
 * Paths are listed one by one, never {@code /health/**}: the vaccination part declares its own rules.
 */
@Configuration(proxyBeanMethods = false)
class HealthWeb {

	static final String[] CARE = { "HEALTH_OFFICER", "PHYSICIAN" };

	static final String[] CARE_AND_MEMBER = { "HEALTH_OFFICER", "PHYSICIAN", "MEMBER" };

	@Bean
	HttpRules healthRules() {
		return rules -> rules
			.requestMatchers("/health/my", "/health/my/**").hasRole("MEMBER")
			.requestMatchers("/health/glass/**").hasRole("PHYSICIAN")
			.requestMatchers("/health/codes", "/health/codes/**").hasRole("ADMIN")
			.requestMatchers("/health/records/**", "/health/visits/**", "/api/health/fhir/**")
			.hasAnyRole(CARE_AND_MEMBER)
			.requestMatchers("/health", "/health/problems/**", "/health/appointments", "/health/appointments/**",
					"/health/services", "/health/services/**", "/health/referrals", "/health/referrals/**",
					"/health/chronic", "/health/chronic/**", "/health/campaigns", "/health/campaigns/**",
					"/health/invitations/**", "/api/health/appointments", "/api/health/appointments/**")
			.hasAnyRole(CARE);
	}

	@Bean
	Navigation healthNavigation() {
		return () -> List.of(
				new NavLink("nav.section.health", "nav.health.home", "/health", Set.of(CARE), 800),
				new NavLink("nav.section.health", "nav.health.appointments", "/health/appointments", Set.of(CARE), 801),
				new NavLink("nav.section.health", "nav.health.referrals", "/health/referrals", Set.of(CARE), 803),
				new NavLink("nav.section.health", "nav.health.chronic", "/health/chronic", Set.of(CARE), 804),
				new NavLink("nav.section.health", "nav.health.campaigns", "/health/campaigns", Set.of(CARE), 805),
				new NavLink("nav.section.health", "nav.health.services", "/health/services", Set.of("HEALTH_OFFICER"), 806),
				new NavLink("nav.section.health", "nav.health.codes", "/health/codes", Set.of("ADMIN"), 807),
				new NavLink("nav.section.health", "nav.health.my", "/health/my", Set.of("MEMBER"), 808));
	}
}
