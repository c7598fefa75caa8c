package dz.sanad.welfare.web;

import dz.sanad.platform.HttpRules;
import dz.sanad.platform.NavLink;
import dz.sanad.platform.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Set;

/**
 * Who reaches the welfare pages and API: members their own concerns (and a pseudonymous one by its code), wilaya
 * social officers and the DGSN social directorate the queue. Which concern each may open is decided in the module
 * (confidentiality); the committee reaches the statistics only, establishment heads and the others nothing.
 */
@Configuration(proxyBeanMethods = false)
class WelfareWeb {

	static final String[] HANDLERS = { "WILAYA_OFFICER", "DGSN_SOCIAL" };

	@Bean
	HttpRules welfareRules() {
		return rules -> rules
			.requestMatchers("/welfare/my", "/welfare/my/**", "/welfare/follow", "/welfare/follow/**",
					"/api/welfare/my", "/api/welfare/my/**", "/api/welfare/follow/**")
			.hasRole("MEMBER")
			.requestMatchers("/welfare/listening", "/welfare/listening/**").hasAnyRole(HANDLERS)
			.requestMatchers("/welfare/categories", "/welfare/categories/**", "/welfare/grounds", "/welfare/grounds/**")
			.hasRole("DGSN_SOCIAL")
			// a wilaya officer reaches it only as the head of the wilaya's social service (checked in Routing)
			.requestMatchers("/welfare/routing", "/welfare/routing/**").hasAnyRole(HANDLERS)
			.requestMatchers("/welfare/stats", "/welfare/stats/**").hasAnyRole("WILAYA_OFFICER", "DGSN_SOCIAL", "COMMITTEE")
			.requestMatchers("/welfare/concerns", "/welfare/concerns/**", "/api/welfare/concerns",
					"/api/welfare/concerns/**")
			.hasAnyRole(HANDLERS);
	}

	@Bean
	Navigation welfareNavigation() {
		return () -> List.of(
				new NavLink("nav.section.welfare", "nav.welfare.my", "/welfare/my", Set.of("MEMBER"), 700),
				new NavLink("nav.section.welfare", "nav.welfare.follow", "/welfare/follow", Set.of("MEMBER"), 701),
				new NavLink("nav.section.welfare", "nav.welfare.concerns", "/welfare/concerns", Set.of(HANDLERS), 702),
				new NavLink("nav.section.welfare", "nav.welfare.listening", "/welfare/listening", Set.of(HANDLERS), 704),
				new NavLink("nav.section.welfare", "nav.welfare.categories", "/welfare/categories", Set.of("DGSN_SOCIAL"),
						705),
				new NavLink("nav.section.welfare", "nav.welfare.grounds", "/welfare/grounds", Set.of("DGSN_SOCIAL"), 706),
				new NavLink("nav.section.welfare", "nav.welfare.routing", "/welfare/routing", Set.of("DGSN_SOCIAL"), 707),
				new NavLink("nav.section.welfare", "nav.welfare.stats", "/welfare/stats",
						Set.of("WILAYA_OFFICER", "DGSN_SOCIAL", "COMMITTEE"), 703));
	}
}
