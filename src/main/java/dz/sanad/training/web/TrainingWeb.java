package dz.sanad.training.web;

import dz.sanad.platform.HttpRules;
import dz.sanad.platform.NavLink;
import dz.sanad.platform.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import java.util.List;
import java.util.Set;

/**
 * Who may reach the training pages and API (the services then narrow each role to its scope), and the menu.
 * The certificate verification page and the supervisor's follow-up form are public (unguessable codes).
 */
@Configuration(proxyBeanMethods = false)
class TrainingWeb {

	static final String MINISTRY = "TRAINING_MANAGER";

	static final String[] CATALOGUE_VIEW = { MINISTRY, "CENTRE_COORDINATOR", "TRAINER", "DGSN_SOCIAL",
			"WILAYA_OFFICER", "ESTABLISHMENT_HEAD" };

	static final String[] CENTRE_STAFF = { MINISTRY, "CENTRE_COORDINATOR" };

	static final String[] NEEDS_VIEW = { MINISTRY, "DGSN_SOCIAL", "WILAYA_OFFICER", "ESTABLISHMENT_HEAD" };

	static final String[] NEEDS_SUBMIT = { "DGSN_SOCIAL", "WILAYA_OFFICER", "ESTABLISHMENT_HEAD" };

	static final String[] NATIONAL_VIEW = { MINISTRY, "DGSN_SOCIAL", "COMMITTEE" };

	static final String[] SESSION_VIEW = { MINISTRY, "CENTRE_COORDINATOR", "TRAINER", "DGSN_SOCIAL",
			"WILAYA_OFFICER" };

	static final String[] NOMINATORS = { "DGSN_SOCIAL", "WILAYA_OFFICER" };

	static final String[] WITHDRAWERS = { MINISTRY, "DGSN_SOCIAL", "WILAYA_OFFICER" };

	static final String[] DELIVERY = { MINISTRY, "CENTRE_COORDINATOR", "TRAINER" };

	static final String[] CERTIFICATE_LIST = { MINISTRY, "CENTRE_COORDINATOR", "DGSN_SOCIAL" };

	static final String[] DOCUMENT_READERS = { MINISTRY, "CENTRE_COORDINATOR", "DGSN_SOCIAL", "WILAYA_OFFICER",
			"MEMBER" };

	static final String[] HISTORY_VIEW = { MINISTRY, "DGSN_SOCIAL", "WILAYA_OFFICER", "ESTABLISHMENT_HEAD" };

	@Bean
	HttpRules trainingRules() {
		return rules -> rules
			// public: verification of a certificate, the supervisor's follow-up questionnaire
			.requestMatchers("/verify/*", "/training/follow-up/*").permitAll()
			// catalogue
			.requestMatchers(HttpMethod.GET, "/training/domains", "/training/domains/export",
					"/api/training/domains").hasRole(MINISTRY)
			.requestMatchers(HttpMethod.POST, "/training/domains", "/training/programmes/new",
					"/training/programmes/*/edit", "/training/programmes/*/modules", "/api/training/programmes",
					"/api/training/programmes/**").hasRole(MINISTRY)
			.requestMatchers("/training/programmes/new", "/training/programmes/*/edit").hasRole(MINISTRY)
			.requestMatchers(HttpMethod.GET, "/training/programmes", "/training/programmes/export",
					"/training/programmes/*", "/api/training/programmes", "/api/training/programmes/*")
			.hasAnyRole(CATALOGUE_VIEW)
			.requestMatchers("/training/rooms", "/training/rooms/export", "/training/trainers",
					"/training/trainers/export", "/api/training/rooms", "/api/training/trainers")
			.hasAnyRole(CENTRE_STAFF)
			// needs
			.requestMatchers("/training/needs/dashboard", "/training/needs/dashboard/export",
					"/training/needs/dashboard/data", "/training/needs/dashboard/cells", "/api/training/needs/summary")
			.hasAnyRole(NATIONAL_VIEW)
			.requestMatchers("/training/needs/new").hasAnyRole(NEEDS_SUBMIT)
			.requestMatchers(HttpMethod.POST, "/api/training/needs").hasAnyRole(NEEDS_SUBMIT)
			.requestMatchers(HttpMethod.GET, "/training/needs", "/training/needs/export", "/api/training/needs")
			.hasAnyRole(NEEDS_VIEW)
			// sessions
			.requestMatchers("/training/sessions/new").hasAnyRole(CENTRE_STAFF)
			.requestMatchers(HttpMethod.POST, "/training/sessions/*/edit", "/training/sessions/*/quotas",
					"/training/sessions/*/trainers", "/training/sessions/*/move", "/training/sessions/*/certificates",
					"/api/training/sessions", "/api/training/sessions/*/moves", "/api/training/sessions/*/quotas",
					"/api/training/sessions/*/trainers", "/api/training/sessions/*/certificates",
					"/training/certificates/*/revoke", "/api/training/certificates/*/revoke").hasAnyRole(CENTRE_STAFF)
			.requestMatchers(HttpMethod.GET, "/training/sessions/*/quotas", "/training/sessions/*/certificates/jobs/*",
					"/training/sessions/*/certificates/jobs/*/zip", "/api/training/sessions/*/certificates/jobs/*")
			.hasAnyRole(CENTRE_STAFF)
			.requestMatchers("/training/sessions/*/nominate", "/training/sessions/*/nominate/search",
					"/training/sessions/*/nominations/import", "/api/training/sessions/*/nominations/import")
			.hasAnyRole(NOMINATORS)
			.requestMatchers(HttpMethod.POST, "/api/training/sessions/*/nominations").hasAnyRole(NOMINATORS)
			.requestMatchers(HttpMethod.POST, "/training/nominations/*/accept", "/training/nominations/*/refuse",
					"/api/training/nominations/*/accept", "/api/training/nominations/*/refuse").hasRole(MINISTRY)
			.requestMatchers(HttpMethod.POST, "/training/nominations/*/withdraw",
					"/api/training/nominations/*/withdraw").hasAnyRole(WITHDRAWERS)
			.requestMatchers("/training/sessions/*/attendance", "/training/sessions/*/attendance.pdf",
					"/training/sessions/*/assessments", "/api/training/sessions/*/attendance",
					"/api/training/sessions/*/assessments").hasAnyRole(DELIVERY)
			.requestMatchers(HttpMethod.GET, "/training/nominations/*/convocation.pdf",
					"/training/certificates/*/pdf", "/api/training/certificates/*").hasAnyRole(DOCUMENT_READERS)
			.requestMatchers(HttpMethod.GET, "/training/sessions", "/training/sessions/export", "/training/sessions/*",
					"/training/sessions/*/nominations/export", "/api/training/sessions", "/api/training/sessions/*",
					"/api/training/sessions/*/nominations").hasAnyRole(SESSION_VIEW)
			// certificates, history, self-service, reports
			.requestMatchers(HttpMethod.GET, "/training/certificates", "/training/certificates/export",
					"/api/training/certificates").hasAnyRole(CERTIFICATE_LIST)
			.requestMatchers(HttpMethod.GET, "/training/members/*/history", "/training/members/*/history/export",
					"/api/training/members/*/history").hasAnyRole(HISTORY_VIEW)
			.requestMatchers("/training/my", "/training/my/**", "/api/training/my").hasRole("MEMBER")
			.requestMatchers(HttpMethod.GET, "/training/reports", "/training/reports/export",
					"/training/reports/data", "/api/training/reports/**").hasAnyRole(NATIONAL_VIEW);
	}

	@Bean
	Navigation trainingNavigation() {
		String s = "nav.section.training";
		return () -> List.of(
				new NavLink(s, "nav.training.sessions", "/training/sessions", Set.of(SESSION_VIEW), 100),
				new NavLink(s, "nav.training.needs", "/training/needs", Set.of(NEEDS_VIEW), 101),
				new NavLink(s, "nav.training.needsDashboard", "/training/needs/dashboard", Set.of(NATIONAL_VIEW), 102),
				new NavLink(s, "nav.training.programmes", "/training/programmes", Set.of(CATALOGUE_VIEW), 103),
				new NavLink(s, "nav.training.domains", "/training/domains", Set.of(MINISTRY), 104),
				new NavLink(s, "nav.training.rooms", "/training/rooms", Set.of(CENTRE_STAFF), 105),
				new NavLink(s, "nav.training.trainers", "/training/trainers", Set.of(CENTRE_STAFF), 106),
				new NavLink(s, "nav.training.certificates", "/training/certificates", Set.of(CERTIFICATE_LIST), 107),
				new NavLink(s, "nav.training.reports", "/training/reports", Set.of(NATIONAL_VIEW), 108),
				new NavLink(s, "nav.training.my", "/training/my", Set.of("MEMBER"), 109));
	}
}
