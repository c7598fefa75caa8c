package dz.sanad.welfare;

import dz.sanad.platform.cases.CaseEngine;
import dz.sanad.platform.cases.CaseRef;
import dz.sanad.platform.cases.CaseType;
import dz.sanad.platform.cases.EscalationLadder;
import dz.sanad.platform.cases.SlaPolicies;
import dz.sanad.platform.cases.SlaPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * How welfare configures the platform case engine: the concern type (workflow, escalation ladder handler → head of
 * the wilaya social service at 75 % → central directorate at 100 %, reopen and appeal windows) and the SLA plan by
 * category × priority, in working time (21 working days to a decision, as CPGRAMS).
 */
@Configuration(proxyBeanMethods = false)
public class WelfareCases {

	public static final String TYPE = "welfare-concern";

	public static final String HEAD = "HEAD";

	public static final String CENTRAL = "CENTRAL";

	/** The escalation ladder of a concern: the head of the wilaya service at 75 %, the central directorate at 100 %. */
	public static final EscalationLadder LADDER = EscalationLadder.of(new EscalationLadder.Step(1, 75, HEAD),
			new EscalationLadder.Step(2, 100, CENTRAL));

	public static CaseRef ref(long id) {
		return CaseRef.of(TYPE, id);
	}

	@Bean
	CaseType<ConcernState> welfareConcernType(@Value("${sanad.welfare.reopen-days:15}") int reopenDays,
			@Value("${sanad.welfare.appeal-days:30}") int appealDays) {
		return new CaseType<>(TYPE, Concern.WORKFLOW, LADDER, reopenDays, appealDays, ConcernState.APPEALED);
	}

	@Bean
	SlaPolicies welfareSlaPolicies(CaseEngine engine) {
		Duration hour = Duration.ofHours(1);
		SlaPolicy normal = new SlaPolicy(engine.workingDays(2), engine.workingDays(5), engine.workingDays(21));
		SlaPolicy high = new SlaPolicy(engine.workingDays(1), engine.workingDays(3), engine.workingDays(10));
		SlaPolicy urgent = new SlaPolicy(hour.multipliedBy(4), engine.workingDays(1), engine.workingDays(5));
		SlaPolicies.Builder b = SlaPolicies.builder();
		for (String root : new String[] { "HOUSING", "TRANSFER", "FINANCIAL_AID", "FAMILY", "HEALTH", "WORK",
				"TRAINING", "HOLIDAYS", "OTHER" }) {
			b.put(root, Priority.HIGH.name(), high).put(root, Priority.URGENT.name(), urgent);
		}
		// a member in emergency need of money or care: a faster answer whatever the priority chosen
		b.category("FINANCIAL_AID", high).category("HEALTH", high);
		return b.fallback(normal);
	}
}
