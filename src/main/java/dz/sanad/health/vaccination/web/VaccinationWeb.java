package dz.sanad.health.vaccination.web;

import dz.sanad.platform.HttpRules;
import dz.sanad.platform.NavLink;
import dz.sanad.platform.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Set;

/**
 * Who reaches the vaccination pages and API: the centre's health officer and physician the lists, the children's
 * schedules and the catch-up list (which child each may open is decided in {@code VaccinationAccess}); a member
 * their own minor children's next doses and booklets; the administrator the calendar versions and their
 * recomputations (never a child). Everyone else nothing.
 */
@Configuration(proxyBeanMethods = false)
class VaccinationWeb {

	static final String[] CARE = { "HEALTH_OFFICER", "PHYSICIAN" };

	@Bean
	HttpRules vaccinationRules() {
		return rules -> rules
			.requestMatchers("/health/vaccination/my", "/health/vaccination/my/**", "/api/health/vaccination/my",
					"/api/health/vaccination/my/**")
			.hasRole("MEMBER")
			.requestMatchers("/health/vaccination/calendars", "/health/vaccination/calendars/**",
					"/health/vaccination/jobs/**")
			.hasRole("ADMIN")
			.requestMatchers("/health/vaccination", "/health/vaccination/export", "/health/vaccination/family",
					"/health/vaccination/children/**", "/health/vaccination/catch-up",
					"/health/vaccination/catch-up/**", "/api/health/vaccination/due",
					"/api/health/vaccination/children/**")
			.hasAnyRole(CARE);
	}

	@Bean
	Navigation vaccinationNavigation() {
		return () -> List.of(
				new NavLink("nav.section.vaccination", "nav.vaccination.due", "/health/vaccination", Set.of(CARE), 810),
				new NavLink("nav.section.vaccination", "nav.vaccination.catchUp", "/health/vaccination/catch-up",
						Set.of(CARE), 811),
				new NavLink("nav.section.vaccination", "nav.vaccination.calendars", "/health/vaccination/calendars",
						Set.of("ADMIN"), 812),
				new NavLink("nav.section.vaccination", "nav.vaccination.my", "/health/vaccination/my", Set.of("MEMBER"),
						813));
	}
}
