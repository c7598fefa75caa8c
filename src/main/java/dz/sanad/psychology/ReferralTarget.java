package dz.sanad.psychology;

/** Where a psychologist refers, and the consent scope it needs. */
public enum ReferralTarget {
	PSYCHIATRIST(Scopes.SHARE_PHYSICIAN), MINISTRY(Scopes.REFER_MINISTRY);

	private final String scope;

	ReferralTarget(String scope) {
		this.scope = scope;
	}

	public String scope() {
		return scope;
	}

	public String messageKey() {
		return "psychology.referral.target." + name();
	}
}
