package dz.sanad.holidays.web;

import dz.sanad.platform.HttpRules;
import dz.sanad.platform.NavLink;
import dz.sanad.platform.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import java.util.List;
import java.util.Set;

/**
 * Who may reach the holidays pages and API. The URL rules admit roles; the service then checks scope (a wilaya
 * officer's wilaya, a member's own family, the centres under a head).
 */
@Configuration(proxyBeanMethods = false)
class HolidaysWeb {

	static final String DGSN = "DGSN_SOCIAL";

	/** Everyone who deals with holidays: the directorate, wilaya officers, establishment heads, members. */
	static final String[] USERS = { DGSN, "WILAYA_OFFICER", "ESTABLISHMENT_HEAD", "MEMBER" };

	/** Who sees applications (each within its scope). */
	static final String[] APPLICATIONS = { DGSN, "WILAYA_OFFICER", "MEMBER" };

	/** Who applies: a member for its children, a wilaya officer on a member's behalf. */
	static final String[] APPLICANTS = { "WILAYA_OFFICER", "MEMBER" };

	/** Who may run a camp's lists (scope: the centre's wilaya, or a head above the centre). */
	static final String[] RUNNERS = { DGSN, "WILAYA_OFFICER", "ESTABLISHMENT_HEAD" };

	/** Who reads a season's report: the directorate in full, the follow-up committee as aggregates only. */
	static final String[] REPORT = { DGSN, "COMMITTEE" };

	/** Who lists the seasons: everyone above, and the committee, which opens their reports from the list. */
	static final String[] SEASON_LIST = { DGSN, "WILAYA_OFFICER", "ESTABLISHMENT_HEAD", "MEMBER", "COMMITTEE" };

	@Bean
	HttpRules holidaysRules() {
		return rules -> rules
			// pages
			.requestMatchers("/holidays/seasons/new", "/holidays/seasons/*/edit").hasRole(DGSN)
			.requestMatchers(HttpMethod.GET, "/holidays/seasons/*/report", "/holidays/seasons/*/report/export").hasAnyRole(REPORT)
			.requestMatchers(HttpMethod.GET, "/holidays", "/holidays/export").hasAnyRole(SEASON_LIST)
			.requestMatchers(HttpMethod.GET, "/holidays/seasons/*").hasAnyRole(USERS)
			.requestMatchers("/holidays/seasons/*/apply").hasAnyRole(APPLICANTS)
			.requestMatchers(HttpMethod.GET, "/holidays/applications", "/holidays/applications/export",
					"/holidays/applications/*").hasAnyRole(APPLICATIONS)
			.requestMatchers(HttpMethod.POST, "/holidays/applications/*/withdraw", "/holidays/applications/*/confirm")
			.hasAnyRole(APPLICATIONS)
			.requestMatchers(HttpMethod.POST, "/holidays/applications/*/appeal").hasAnyRole(APPLICANTS)
			.requestMatchers(HttpMethod.POST, "/holidays/applications/*/override",
					"/holidays/applications/*/appeal-answer", "/holidays/applications/*/manual").hasRole(DGSN)
			.requestMatchers(HttpMethod.GET, "/holidays/shifts/*", "/holidays/shifts/*/list.pdf",
					"/holidays/shifts/*/list.xlsx", "/holidays/buses/*", "/holidays/buses/*/list.pdf",
					"/holidays/buses/*/list.xlsx").hasAnyRole(RUNNERS)
			.requestMatchers("/holidays/**").hasRole(DGSN)
			// API
			.requestMatchers(HttpMethod.GET, "/api/holidays/seasons/*/report").hasAnyRole(REPORT)
			.requestMatchers(HttpMethod.GET, "/api/holidays/seasons", "/api/holidays/seasons/*").hasAnyRole(USERS)
			.requestMatchers(HttpMethod.POST, "/api/holidays/seasons/*/applications").hasAnyRole(APPLICANTS)
			.requestMatchers(HttpMethod.GET, "/api/holidays/applications", "/api/holidays/applications/*")
			.hasAnyRole(APPLICATIONS)
			.requestMatchers(HttpMethod.POST, "/api/holidays/applications/*/withdraw",
					"/api/holidays/applications/*/confirm").hasAnyRole(APPLICATIONS)
			.requestMatchers(HttpMethod.POST, "/api/holidays/applications/*/appeal").hasAnyRole(APPLICANTS)
			.requestMatchers(HttpMethod.GET, "/api/holidays/shifts/*/participants", "/api/holidays/buses/*/passengers")
			.hasAnyRole(RUNNERS)
			.requestMatchers("/api/holidays/**").hasRole(DGSN);
	}

	@Bean
	Navigation holidaysNavigation() {
		return () -> List.of(
				new NavLink("nav.section.holidays", "nav.holidays.seasons", "/holidays", Set.of(SEASON_LIST), 300),
				new NavLink("nav.section.holidays", "nav.holidays.applications", "/holidays/applications",
						Set.of(APPLICATIONS), 301));
	}
}
