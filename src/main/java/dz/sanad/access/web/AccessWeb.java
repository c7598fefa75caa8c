package dz.sanad.access.web;

import dz.sanad.platform.HttpRules;
import dz.sanad.platform.NavLink;
import dz.sanad.platform.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Set;

@Configuration(proxyBeanMethods = false)
class AccessWeb {

	@Bean
	HttpRules accessRules() {
		return rules -> rules.requestMatchers("/admin/accounts", "/admin/accounts/**", "/api/admin/accounts",
				"/api/admin/accounts/**").hasRole("ADMIN")
			.requestMatchers("/account/password", "/api/me/password").authenticated();
	}

	@Bean
	Navigation accessNavigation() {
		return () -> List.of(new NavLink("nav.section.admin", "nav.accounts", "/admin/accounts", Set.of("ADMIN"), 950));
	}
}
