package dz.sanad.holidays;

import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.SearchProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A holiday application by its number («الطلب رقم 12», "n° 12", "#12") for the header's search box: one primary
 * key read, shown only to whom {@link HolidaysAccess#canSee} lets open it (the directorate, the officer of its wilaya).
 */
@Component
@Order(40)
class HolidaysSearchProvider implements SearchProvider {

	private static final Set<Role> READERS = Set.of(Role.DGSN_SOCIAL, Role.WILAYA_OFFICER);

	private static final Pattern NUMBER = Pattern.compile("(?:#|n°|no\\.?|رقم)?\\s*(\\d{1,12})",
			Pattern.CASE_INSENSITIVE);

	private final Applications applications;

	private final HolidaysAccess access;

	private final HolidaySeasons seasons;

	private final MessageSource messages;

	HolidaysSearchProvider(Applications applications, HolidaysAccess access, HolidaySeasons seasons,
			MessageSource messages) {
		this.applications = applications;
		this.access = access;
		this.seasons = seasons;
		this.messages = messages;
	}

	@Override
	public List<Result> search(SanadUser user, String q, int limit) {
		Matcher m = NUMBER.matcher(q.strip());
		if (!READERS.contains(user.role()) || !m.matches() || limit < 1) {
			return List.of();
		}
		Locale locale = LocaleContextHolder.getLocale();
		return applications.findById(Long.valueOf(m.group(1))).filter(a -> access.canSee(user, a))
			.map(a -> new Result("holidays.search.kind",
					messages.getMessage("holidays.application.title", new Object[] { a.getId() }, locale),
					seasons.season(a.getSeasonId()).name(locale) + " — " + messages.getMessage(
							"holidays.application.status." + a.getStatus().name(), null, locale),
					"/holidays/applications/" + a.getId()))
			.stream().toList();
	}
}
