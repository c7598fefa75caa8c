package dz.sanad.psychology;

/** A referral out (police hospital psychiatrist, ministry's services): sent, accepted, closed with its outcome. */
public enum ReferralState {
	SENT, ACCEPTED, CLOSED;

	public String messageKey() {
		return "psychology.referral.state." + name();
	}
}
