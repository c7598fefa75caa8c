package dz.sanad.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** {@code java -jar sanad.jar --verify-audit}: checks the hash chain, prints the result and exits (1 if broken). */
@Component
@Order(Integer.MAX_VALUE)
class AuditVerifyCommand implements ApplicationRunner {

	private final AuditTrail trail;

	private final ApplicationContext context;

	AuditVerifyCommand(AuditTrail trail, ApplicationContext context) {
		this.trail = trail;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption("verify-audit")) {
			return;
		}
		var result = trail.verify();
		System.out.println(result.intact() ? "Audit trail intact: " + result.checked() + " entries checked"
				: "Audit trail BROKEN at entry " + result.firstBrokenId() + " (" + result.checked() + " checked)");
		int code = result.intact() ? 0 : 1;
		System.exit(SpringApplication.exit(context, () -> code));
	}
}
