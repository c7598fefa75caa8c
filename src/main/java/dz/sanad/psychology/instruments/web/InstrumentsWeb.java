package dz.sanad.psychology.instruments.web;

import dz.sanad.platform.HttpRules;
import dz.sanad.platform.NavLink;
import dz.sanad.platform.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Set;

/**
 * The public self-check is open to anyone (no account, no login); the safety alerts reach psychologists and the
 * psychology lead, and among them only today's on-call, those told, and the lead (decided in SafetyAlerts).
 */
@Configuration(proxyBeanMethods = false)
class InstrumentsWeb {

	@Bean
	HttpRules instrumentsRules() {
		return rules -> rules.requestMatchers("/self-check", "/api/self-check/count").permitAll()
			.requestMatchers("/psychology/alerts", "/psychology/alerts/**").hasAnyRole("PSYCHOLOGIST", "PSYCHOLOGY_LEAD");
	}

	@Bean
	Navigation instrumentsNavigation() {
		return () -> List.of(new NavLink("nav.section.psychology", "nav.instruments.alerts", "/psychology/alerts",
				Set.of("PSYCHOLOGIST", "PSYCHOLOGY_LEAD"), 808));
	}
}
