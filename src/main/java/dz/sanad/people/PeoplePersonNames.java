package dz.sanad.people;

import dz.sanad.platform.PersonNames;
import dz.sanad.platform.SanadUser;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;

/** A member's account is greeted with the member's name: Arabic on Arabic pages, Latin otherwise when known. */
@Component
class PeoplePersonNames implements PersonNames {

	private final Members members;

	PeoplePersonNames(Members members) {
		this.members = members;
	}

	@Override
	public Optional<String> nameOf(SanadUser user, Locale locale) {
		return user.memberId() == null ? Optional.empty() : members.findById(user.memberId()).map(m -> m.name(locale));
	}
}
