package dz.sanad.platform.calendar;

import dz.sanad.audit.AuditEntry;
import dz.sanad.audit.AuditSearch;
import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import dz.sanad.support.RoleMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CalendarAdminTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	AuditSearch audit;

	@Autowired
	CalendarCorrections corrections;

	@Test
	void onlyTheAdministratorReachesTheCorrections() throws Exception {
		RoleMatrix.check(mvc, users, () -> get("/admin/calendar?year=2026"), "admin");
		// blank names: refused by the service for the administrator (a redirect with the message), 403 for others
		RoleMatrix.check(mvc, users, () -> post("/admin/calendar/add").with(csrf()).param("day", "2031-03-04")
			.param("nameAr", "").param("nameFr", "").param("nameEn", ""), "admin");
		RoleMatrix.check(mvc, users, () -> post("/admin/calendar/move").with(csrf()).param("day", "2031-01-01")
			.param("to", "2031-01-01"), "admin");
		RoleMatrix.check(mvc, users, () -> get("/api/calendar/2026"), DemoUsers.ALL);
		assertThat(calendar.isHoliday(LocalDate.of(2031, 1, 1))).as("a move onto the same day is refused").isTrue();
		assertThat(corrections.of(2031)).isEmpty();
	}

	@Test
	void thePageListsTheYearInArabicAndFrench() throws Exception {
		mvc.perform(get("/admin/calendar?year=2026&lang=ar").with(DemoUsers.as(users, "admin")).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\">")))
			.andExpect(content().string(containsString("عيد الفطر")))
			.andExpect(content().string(containsString("يناير (رأس السنة الأمازيغية)")))
			.andExpect(content().string(containsString("20/03/2026")));
		mvc.perform(get("/admin/calendar?year=2026&lang=fr").with(DemoUsers.as(users, "admin")).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Aïd el-Adha")))
			.andExpect(content().string(containsString("27/05/2026")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void theAdministratorMovesAHolidayAndTheCalendarAndApiFollow() throws Exception {
		LocalDate eid = AlgerianHolidays.of(2027).stream().filter(h -> h.key().equals("holiday.eid-al-fitr"))
			.findFirst().orElseThrow().date();
		LocalDate second = eid.plusDays(1);
		LocalDate third = eid.plusDays(2);
		mvc.perform(post("/admin/calendar/move").with(csrf()).with(DemoUsers.as(users, "admin"))
			.param("day", eid.toString()).param("to", third.toString()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("success", "calendar.moved"));
		assertThat(calendar.isHoliday(eid)).isFalse();
		assertThat(calendar.isHoliday(second)).isTrue();
		assertThat(calendar.isHoliday(third)).isTrue();
		mvc.perform(get("/api/calendar/2027?lang=fr").with(DemoUsers.as(users, "member")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.holidays[?(@.date == '" + third + "')].name").value("Aïd el-Fitr"))
			.andExpect(jsonPath("$.holidays[?(@.date == '" + third + "')].origin").value("ADDED"))
			.andExpect(jsonPath("$.holidays[?(@.date == '" + eid + "')]").isEmpty())
			.andExpect(jsonPath("$.dayStart").value("08:00"));
		List<CalendarCorrections.Correction> made = corrections.of(2027);
		assertThat(made).extracting(CalendarCorrections.Correction::kind).containsExactlyInAnyOrder("REMOVED", "ADDED");
		assertThat(made).allMatch(c -> c.createdBy().equals("admin"));
		CalendarCorrections.Correction added = made.stream().filter(c -> c.kind().equals("ADDED")).findFirst().orElseThrow();
		assertThat(added.nameAr()).isEqualTo("عيد الفطر");
		List<AuditEntry> trail = audit.forRecord("calendar_correction", String.valueOf(added.id()));
		assertThat(trail).extracting(AuditEntry::getAction).containsExactly("CREATE");
		assertThat(trail.get(0).getActor()).isEqualTo("admin");
	}

	@Test
	void aRemovedComputedHolidayCanBeRestored() {
		LocalDate labour = LocalDate.of(2029, 5, 1);
		org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
				new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
						users.loadUserByUsername("admin"), null, users.loadUserByUsername("admin").getAuthorities()));
		try {
			corrections.remove(labour);
			assertThat(calendar.isHoliday(labour)).isFalse();
			assertThat(corrections.of(2029)).extracting(CalendarCorrections.Correction::kind).containsExactly("REMOVED");
			corrections.add(labour, "عيد العمال", "Fête du Travail", "Labour Day");
			assertThat(calendar.holidays(2029)).filteredOn(h -> h.date().equals(labour)).singleElement()
				.extracting(Holiday::origin).isEqualTo(Holiday.Origin.FIXED);
			assertThat(corrections.of(2029)).isEmpty();
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
	}

	@Test
	void addingThenRemovingAnExtraDayIsAudited() throws Exception {
		LocalDate day = LocalDate.of(2028, 3, 6); // a Monday
		assertThat(calendar.isWorkingDay(day)).isTrue();
		mvc.perform(post("/admin/calendar/add").with(csrf()).with(DemoUsers.as(users, "admin"))
			.param("day", day.toString()).param("nameAr", "عطلة استثنائية").param("nameFr", "Congé exceptionnel")
			.param("nameEn", "Exceptional day off"))
			.andExpect(flash().attribute("success", "calendar.added"));
		assertThat(calendar.isWorkingDay(day)).isFalse();
		mvc.perform(post("/admin/calendar/add").with(csrf()).with(DemoUsers.as(users, "admin"))
			.param("day", day.toString()).param("nameAr", "x").param("nameFr", "x").param("nameEn", "x").param("lang", "fr"))
			// translated where it is raised, every argument formatted: no raw key, no "{0}"
			.andExpect(flash().attribute("error", allOf(containsString("est déjà un jour férié"), not(containsString("{0}")))));
		long id = corrections.of(2028).get(0).id();
		mvc.perform(post("/admin/calendar/remove").with(csrf()).with(DemoUsers.as(users, "admin"))
			.param("day", day.toString()))
			.andExpect(flash().attribute("success", "calendar.removed"));
		assertThat(calendar.isWorkingDay(day)).isTrue();
		assertThat(corrections.of(2028)).isEmpty();
		assertThat(audit.forRecord("calendar_correction", String.valueOf(id))).extracting(AuditEntry::getAction)
			.containsExactly("DELETE", "CREATE");
		mvc.perform(get("/admin/calendar?year=2028&lang=fr").with(DemoUsers.as(users, "admin")))
			.andExpect(content().string(containsString("Aucune correction")));
	}
}
