package dz.sanad.health;

import dz.sanad.platform.confidential.Subject;

/** The string a subject is known by in the consent register and the read log ("m12" a member, "f34" a relative). */
public final class Subjects {

	private Subjects() {
	}

	public static String key(Subject s) {
		return s.memberId() != null ? "m" + s.memberId() : "f" + s.familyMemberId();
	}

	public static Subject of(Long memberId, Long familyMemberId) {
		return familyMemberId != null ? Subject.family(familyMemberId) : Subject.member(memberId);
	}
}
