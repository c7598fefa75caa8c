package dz.sanad.platform.calendar;

import dz.sanad.platform.HttpRules;
import dz.sanad.platform.NavLink;
import dz.sanad.platform.Navigation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The application's working calendar: Algerian holidays with the administrator's corrections, working hours from
 * {@code sanad.calendar.*} (default 08:00–16:30 Africa/Algiers, Sunday–Thursday).
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfig {

	@Bean
	WorkingCalendar workingCalendar(CalendarCorrections corrections,
			@Value("${sanad.calendar.zone:Africa/Algiers}") String zone,
			@Value("${sanad.calendar.day-start:08:00}") String start,
			@Value("${sanad.calendar.day-end:16:30}") String end) {
		WorkingHours hours = new WorkingHours(ZoneId.of(zone), LocalTime.parse(start), LocalTime.parse(end),
				WorkingHours.ALGERIA.workdays());
		WorkingCalendar calendar = new WorkingCalendar(hours,
				year -> corrections.apply(year, AlgerianHolidays.of(year)));
		corrections.attach(calendar);
		return calendar;
	}

	@Bean
	HttpRules calendarRules() {
		// the holidays themselves are public knowledge every page with a deadline may show
		return rules -> rules.requestMatchers(HttpMethod.GET, "/api/calendar/*").authenticated()
			.requestMatchers("/admin/calendar", "/admin/calendar/**").hasRole("ADMIN");
	}

	@Bean
	Navigation calendarNavigation() {
		return () -> List.of(new NavLink("nav.section.admin", "nav.calendar", "/admin/calendar", Set.of("ADMIN"), 950));
	}

	/** Other nodes' corrections reach this node's cache within this delay. */
	@Bean
	CacheRefresh calendarCacheRefresh(WorkingCalendar calendar) {
		return new CacheRefresh(calendar);
	}

	static class CacheRefresh {

		private final WorkingCalendar calendar;

		CacheRefresh(WorkingCalendar calendar) {
			this.calendar = calendar;
		}

		@Scheduled(fixedDelayString = "${sanad.calendar.refresh:PT5M}", initialDelayString = "${sanad.calendar.refresh:PT5M}")
		void refresh() {
			calendar.invalidateAll();
		}
	}
}
