package dz.sanad.training;

import dz.sanad.platform.Formats;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.SearchProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Training sessions by code, or by the title of their programme, for the header's search box; within what the
 * session list shows the user (a coordinator their centres, a trainer the sessions they teach, a wilaya officer no
 * drafts). Sessions and programmes are few (hundreds a year), far from the national tables.
 */
@Component
@Order(20)
class TrainingSearchProvider implements SearchProvider {

	/** The roles that may open a session's page (TrainingWeb's session viewers). */
	private static final Set<Role> READERS = Set.of(Role.TRAINING_MANAGER, Role.CENTRE_COORDINATOR, Role.TRAINER,
			Role.DGSN_SOCIAL, Role.WILAYA_OFFICER);

	private static final Sort NEWEST = Sort.by(Sort.Order.desc("startDate"), Sort.Order.asc("code"));

	private final TrainingSessions sessions;

	private final Catalogue catalogue;

	private final Formats fmt;

	TrainingSearchProvider(TrainingSessions sessions, Catalogue catalogue, Formats fmt) {
		this.sessions = sessions;
		this.catalogue = catalogue;
		this.fmt = fmt;
	}

	@Override
	public List<Result> search(SanadUser user, String q, int limit) {
		if (!READERS.contains(user.role())) {
			return List.of();
		}
		Map<Long, Session> found = new LinkedHashMap<>();
		sessions.search(user, new TrainingSessions.SessionFilter(q, null, null, null, null), PageRequest.of(0, limit,
				NEWEST)).forEach(s -> found.put(s.getId(), s));
		for (Programme p : catalogue.searchProgrammes(new Catalogue.ProgrammeFilter(q, null, null),
				PageRequest.of(0, 5)).getContent()) {
			if (found.size() >= limit) {
				break;
			}
			sessions.search(user, new TrainingSessions.SessionFilter(null, null, null, p.getId(), null),
					PageRequest.of(0, limit, NEWEST)).forEach(s -> found.putIfAbsent(s.getId(), s));
		}
		Locale locale = LocaleContextHolder.getLocale();
		Map<Long, Programme> programmes = catalogue.programmeMap(found.values().stream()
			.map(Session::getProgrammeId).toList());
		return found.values().stream().limit(limit).map(s -> {
			Programme p = programmes.get(s.getProgrammeId());
			String title = s.getCode() + (p == null ? "" : " — " + p.title(locale));
			return new Result("training.search.kind", title, fmt.date(s.getStartDate()) + " – "
					+ fmt.date(s.getEndDate()), "/training/sessions/" + s.getId());
		}).toList();
	}
}
