package dz.sanad.platform.confidential;

import dz.sanad.platform.SanadUser;
import org.springframework.stereotype.Component;

import java.util.List;

/** The confidential domains the modules declared, by name. */
@Component
class ConfidentialDomains {

	private final List<ConfidentialDomain> domains;

	ConfidentialDomains(List<ConfidentialDomain> domains) {
		this.domains = domains;
	}

	ConfidentialDomain get(String name) {
		return domains.stream().filter(d -> d.name().equals(name)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no confidential domain " + name));
	}

	List<String> reviewedBy(SanadUser user) {
		return domains.stream().filter(d -> d.reviews(user)).map(ConfidentialDomain::name).toList();
	}
}
