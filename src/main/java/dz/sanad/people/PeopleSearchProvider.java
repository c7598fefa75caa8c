package dz.sanad.people;

import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.SearchProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Members by name or matricule for the header's search box: the member search itself, whose SQL scope is
 * {@link People#canSee} (a wilaya officer its wilaya, a head its establishment's staff, national roles all), so
 * only records the user may open are listed. Served by the name dictionary's trigram indexes and the matricule
 * indexes (V102, V104).
 */
@Component
@Order(10)
class PeopleSearchProvider implements SearchProvider {

	/** The roles that may open a member's record (PeopleWeb's viewers). */
	private static final Set<Role> READERS = Set.of(Role.DGSN_SOCIAL, Role.WILAYA_OFFICER, Role.ESTABLISHMENT_HEAD,
			Role.DPO);

	private final MemberSearch search;

	PeopleSearchProvider(MemberSearch search) {
		this.search = search;
	}

	@Override
	public List<Result> search(SanadUser user, String q, int limit) {
		if (!READERS.contains(user.role())) {
			return List.of();
		}
		Locale locale = LocaleContextHolder.getLocale();
		return search.search(user, MemberSearch.Filter.of(q), PageRequest.of(0, limit)).getContent().stream()
			.map(h -> new Result("people.search.kind", h.name(locale), h.matricule(), "/people/members/" + h.id()))
			.toList();
	}
}
