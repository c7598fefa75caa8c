package dz.sanad.activities;

import dz.sanad.platform.Formats;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.SearchProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * Activities by title (Arabic or French) for the header's search box, within the establishments the manager
 * reaches ({@link ScopeGuard}: a head their establishment, a wilaya officer their wilaya's). Activities number in
 * the thousands nationally, and the scope narrows them by unit first.
 */
@Component
@Order(30)
class ActivitiesSearchProvider implements SearchProvider {

	private final ActivityService activities;

	private final Formats fmt;

	ActivitiesSearchProvider(ActivityService activities, Formats fmt) {
		this.activities = activities;
		this.fmt = fmt;
	}

	@Override
	public List<Result> search(SanadUser user, String q, int limit) {
		if (!ScopeGuard.MANAGERS.contains(user.role())) {
			return List.of();
		}
		Locale locale = LocaleContextHolder.getLocale();
		return activities.search(new ActivityService.ActivityFilter(q, null, null, null, null),
				PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "startDate"))).getContent().stream()
			.map(a -> new Result("act.search.kind", a.title(locale), fmt.date(a.getStartDate()) + " – "
					+ fmt.date(a.getEndDate()), "/activities/" + a.getId()))
			.toList();
	}
}
