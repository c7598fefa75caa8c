package dz.sanad.psychology;

import dz.sanad.platform.cases.CaseRef;
import dz.sanad.platform.cases.CaseType;
import dz.sanad.platform.cases.CaseWorkflow;
import dz.sanad.platform.cases.EscalationLadder;
import dz.sanad.platform.cases.SlaPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * How psychology configures the platform case engine: the record (follow-up) and the referral out. Clocks are kept
 * as calendar targets without an escalation ladder: a clinical follow-up is never escalated up a chain that must not
 * read it. Policies are constants, not an {@code SlaPolicies} bean (welfare's is injected by type).
 */
@Configuration(proxyBeanMethods = false)
public class PsychologyCases {

	public static final String CASE = "psychology-case";

	public static final String REFERRAL = "psychology-referral";

	/** First contact within two days, a review every month, no resolution target under a month. */
	static final SlaPolicy FOLLOW_UP = new SlaPolicy(Duration.ofDays(2), Duration.ofDays(30), Duration.ofDays(180));

	/** An answer from the receiving service within a week, closed with an outcome within two months. */
	static final SlaPolicy REFERRAL_POLICY = new SlaPolicy(Duration.ofDays(7), Duration.ofDays(14), Duration.ofDays(60));

	static final CaseWorkflow<ReferralState> REFERRAL_WORKFLOW = CaseWorkflow
		.of(ReferralState.class, ReferralState.SENT)
		.allow(ReferralState.SENT, ReferralState.ACCEPTED, ReferralState.CLOSED)
		.allow(ReferralState.ACCEPTED, ReferralState.CLOSED)
		.terminal(ReferralState.CLOSED)
		.labels("psychology.referral.state.")
		.build();

	public static CaseRef caseRef(long id) {
		return CaseRef.of(CASE, id);
	}

	public static CaseRef referralRef(long id) {
		return CaseRef.of(REFERRAL, id);
	}

	@Bean
	CaseType<CaseState> psychologyCaseType() {
		return new CaseType<>(CASE, PsyCase.WORKFLOW, EscalationLadder.none(), 90, 0, null);
	}

	@Bean
	CaseType<ReferralState> psychologyReferralType() {
		return new CaseType<>(REFERRAL, REFERRAL_WORKFLOW, EscalationLadder.none(), 0, 0, null);
	}
}
