package dz.sanad.audit;

import dz.sanad.platform.ExportPerformed;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Logins (success and failure) and exports go into the audit trail. */
@Component
class SecurityEventsAuditor {

	private final AuditTrail trail;

	SecurityEventsAuditor(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		if (!(event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details)) {
			return; // session restores, not logins
		}
		String role = event.getAuthentication().getPrincipal() instanceof SanadUser u ? u.role().name() : null;
		trail.recordStandalone(event.getAuthentication().getName(), role, details.getRemoteAddress(), "LOGIN",
				"account", null, null);
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		String ip = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress()
				: AuditTrail.clientIp();
		trail.recordStandalone(String.valueOf(event.getAuthentication().getName()), null, ip, "LOGIN_FAILED",
				"account", null, event.getException().getClass().getSimpleName());
	}

	@EventListener
	void onExport(ExportPerformed event) {
		var user = CurrentUser.find();
		trail.recordStandalone(CurrentUser.name(), user.map(u -> u.role().name()).orElse(null), AuditTrail.clientIp(),
				"EXPORT", event.what(), null, event.rows() + " rows" + (event.filters() == null || event.filters().isBlank()
						? "" : "; " + event.filters()));
	}
}
