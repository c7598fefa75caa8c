package dz.sanad.steering.web;

import dz.sanad.platform.HttpRules;
import dz.sanad.platform.NavLink;
import dz.sanad.platform.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Set;

/**
 * The steering pages and API are the follow-up committee's (its members and co-chairs sign in as COMMITTEE);
 * who may draft, and who may approve as co-chair, is steering data checked in the module.
 */
@Configuration(proxyBeanMethods = false)
class SteeringWeb {

	@Bean
	HttpRules steeringRules() {
		// the closed loop's signals are also read on the training needs dashboard
		return rules -> rules.requestMatchers("/steering/signals").hasAnyRole("TRAINING_MANAGER", "DGSN_SOCIAL", "COMMITTEE")
			.requestMatchers("/steering", "/steering/**", "/api/steering/**").hasRole("COMMITTEE");
	}

	@Bean
	Navigation steeringNavigation() {
		Set<String> committee = Set.of("COMMITTEE");
		return () -> List.of(new NavLink("nav.section.steering", "nav.steering.dashboard", "/steering", committee, 800),
				new NavLink("nav.section.steering", "nav.steering.agreement", "/steering/agreement", committee, 801),
				new NavLink("nav.section.steering", "nav.steering.meetings", "/steering/meetings", committee, 802),
				new NavLink("nav.section.steering", "nav.steering.actions", "/steering/actions", committee, 803),
				new NavLink("nav.section.steering", "nav.steering.reports", "/steering/reports", committee, 804));
	}
}
