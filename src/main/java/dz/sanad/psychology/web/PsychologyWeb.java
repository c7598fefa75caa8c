package dz.sanad.psychology.web;

import dz.sanad.platform.HttpRules;
import dz.sanad.platform.NavLink;
import dz.sanad.platform.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Set;

/**
 * Who reaches the psychology pages and API. The URL rules only let a role near its pages; which record each
 * clinician may open is decided in the module (care team, lead, break-the-glass), and everyone else, including the
 * administrator, the DPO, the committee and the command, never reaches content: the committee gets suppressed
 * aggregates, a referrer the structured outcome of their referrals, a member the state of their own records.
 */
@Configuration(proxyBeanMethods = false)
class PsychologyWeb {

	static final String[] CLINICIANS = { "PSYCHOLOGIST", "PSYCHOLOGY_LEAD" };

	static final String[] REFERRERS = { "ESTABLISHMENT_HEAD", "WILAYA_OFFICER", "DGSN_SOCIAL", "PHYSICIAN" };

	static final String[] FIGURES = { "COMMITTEE", "PSYCHOLOGY_LEAD" };

	@Bean
	HttpRules psychologyRules() {
		return rules -> rules
			.requestMatchers("/psychology/my", "/psychology/my/**").hasRole("MEMBER")
			.requestMatchers("/psychology/referrals", "/psychology/referrals/**").hasAnyRole(REFERRERS)
			.requestMatchers("/psychology/figures", "/psychology/figures/**", "/api/psychology/figures")
			.hasAnyRole(FIGURES)
			.requestMatchers("/psychology/glass", "/psychology/glass/**").hasRole("PSYCHOLOGIST")
			.requestMatchers("/psychology/caseload", "/psychology/caseload/**", "/psychology/cases/**",
					"/psychology/agenda", "/psychology/on-call", "/psychology/incidents", "/api/psychology/caseload",
					"/api/psychology/cases/**")
			.hasAnyRole(CLINICIANS);
	}

	@Bean
	Navigation psychologyNavigation() {
		Set<String> clinicians = Set.of(CLINICIANS);
		return () -> List.of(
				new NavLink("nav.section.psychology", "nav.psychology.my", "/psychology/my", Set.of("MEMBER"), 800),
				new NavLink("nav.section.psychology", "nav.psychology.caseload", "/psychology/caseload", clinicians, 801),
				new NavLink("nav.section.psychology", "nav.psychology.agenda", "/psychology/agenda",
						Set.of("PSYCHOLOGIST"), 802),
				new NavLink("nav.section.psychology", "nav.psychology.incidents", "/psychology/incidents", clinicians,
						803),
				new NavLink("nav.section.psychology", "nav.psychology.onCall", "/psychology/on-call", clinicians, 804),
				new NavLink("nav.section.psychology", "nav.psychology.glass", "/psychology/glass",
						Set.of("PSYCHOLOGIST"), 805),
				new NavLink("nav.section.psychology", "nav.psychology.referrals", "/psychology/referrals",
						Set.of(REFERRERS), 806),
				new NavLink("nav.section.psychology", "nav.psychology.figures", "/psychology/figures", Set.of(FIGURES),
						807));
	}
}
