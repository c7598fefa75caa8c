package dz.sanad.people;

/** What a member does; the heads and assistants are the agreement's training targets. */
public enum MemberFunction {

	HEAD_CULTURAL_CENTRE, ASSISTANT_CULTURAL_CENTRE, HEAD_CHILD_CARE, ASSISTANT_CHILD_CARE, EDUCATOR, COACH,
	SOCIAL_OFFICER, PSYCHOLOGIST, NURSE, ADMINISTRATIVE, OPERATIONAL;

	public String messageKey() {
		return "function." + name();
	}
}
