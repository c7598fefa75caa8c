package dz.sanad.access.web;

import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.SanadUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeApi {

	record Me(String username, String fullName, String role, Long scopeUnitId) {
	}

	@GetMapping("/api/me")
	Me me() {
		SanadUser u = CurrentUser.get();
		return new Me(u.getUsername(), u.fullName(), u.role().name(), u.scopeUnitId());
	}
}
