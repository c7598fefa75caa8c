package dz.sanad.platform.confidential;

import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/**
 * A confidential domain declared the way a module does, for the layer's own tests (scanned in tests only; it adds a
 * bean and changes nothing else): the second psychologist may break the glass, the psychology lead reviews.
 */
@Configuration(proxyBeanMethods = false)
class TestConfidentialDomain {

	static final String NAME = "layer-test";

	@Bean
	ConfidentialDomain layerTestDomain() {
		return new ConfidentialDomain() {
			@Override
			public String name() {
				return NAME;
			}

			@Override
			public boolean mayBreakGlass(SanadUser user) {
				return user.getUsername().equals("psychologist2");
			}

			@Override
			public boolean reviews(SanadUser user) {
				return user.is(Role.PSYCHOLOGY_LEAD);
			}

			@Override
			public Set<String> notifyOnBreakGlass(String recordId) {
				return Set.of("psychologist", "psylead");
			}
		};
	}
}
