package dz.sanad.people;

public enum MemberStatus {
	ACTIVE, RETIRED, DECEASED;

	public String messageKey() {
		return "member.status." + name();
	}
}
