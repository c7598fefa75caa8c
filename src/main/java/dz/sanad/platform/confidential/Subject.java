package dz.sanad.platform.confidential;

import java.io.Serial;
import java.io.Serializable;

/** The person a sensitive record is about: a member, or one of a member's family (exactly one id is set). */
public record Subject(Long memberId, Long familyMemberId) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public Subject {
		if ((memberId == null) == (familyMemberId == null)) {
			throw new IllegalArgumentException("a subject is a member or a family member");
		}
	}

	public static Subject member(long memberId) {
		return new Subject(memberId, null);
	}

	public static Subject family(long familyMemberId) {
		return new Subject(null, familyMemberId);
	}
}
