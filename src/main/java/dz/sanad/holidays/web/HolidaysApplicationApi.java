package dz.sanad.holidays.web;

import dz.sanad.holidays.Application;
import dz.sanad.holidays.ApplicationRow;
import dz.sanad.holidays.ApplicationStatus;
import dz.sanad.holidays.Explanation;
import dz.sanad.holidays.HolidayApplications;
import dz.sanad.holidays.HolidayApplications.ApplicationFilter;
import dz.sanad.holidays.HolidayApplications.ApplicationForm;
import dz.sanad.holidays.HolidayLists;
import dz.sanad.holidays.HolidayPlaces;
import dz.sanad.holidays.OfferKind;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Paging;
import dz.sanad.platform.SanadUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applications and the camps' lists, as JSON: the same operations as the pages, scope checked by the services
 * exactly as for the pages.
 */
@RestController
@RequestMapping("/api/holidays")
class HolidaysApplicationApi {

	record ApplicationDto(Long id, Long seasonId, OfferKind kind, Long memberId, String matricule, Long childId,
			String childName, String wilayaCode, List<Long> choices, boolean siblingsTogether, ApplicationStatus status,
			Long placedShiftId, Integer score, Integer rank, LocalDate confirmBy, boolean overridden,
			String overrideReason, String appealStatus, Explanation explanation) {
	}

	record Text(String text) {
	}

	record OverrideBody(Long shiftId, String reason, boolean ageAcknowledged) {
	}

	private final HolidayApplications holidayApplications;

	private final HolidayPlaces holidayPlaces;

	private final HolidayLists holidayLists;

	HolidaysApplicationApi(HolidayApplications holidayApplications, HolidayPlaces holidayPlaces,
			HolidayLists holidayLists) {
		this.holidayApplications = holidayApplications;
		this.holidayPlaces = holidayPlaces;
		this.holidayLists = holidayLists;
	}

	@PostMapping("/seasons/{id}/applications")
	@ResponseStatus(HttpStatus.CREATED)
	ApplicationDto apply(@PathVariable Long id, @RequestBody ApplicationForm form) {
		SanadUser user = CurrentUser.get();
		return dto(user, holidayApplications.apply(user, id, form));
	}

	@GetMapping("/applications")
	Page<ApplicationDto> applications(ApplicationFilter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		SanadUser user = CurrentUser.get();
		Page<Application> result = holidayApplications.search(user, filter, Paging.of(page, size, Sort.by("id")));
		List<ApplicationRow> rows = holidayApplications.rows(result.getContent());
		return new PageImpl<>(rows.stream().map(r -> dto(user, r)).toList(), result.getPageable(),
				result.getTotalElements());
	}

	@GetMapping("/applications/{id}")
	ApplicationDto application(@PathVariable Long id) {
		SanadUser user = CurrentUser.get();
		return dto(user, holidayApplications.applicationFor(user, id));
	}

	@PostMapping("/applications/{id}/withdraw")
	ApplicationDto withdraw(@PathVariable Long id) {
		holidayPlaces.withdraw(CurrentUser.get(), id);
		return application(id);
	}

	@PostMapping("/applications/{id}/confirm")
	ApplicationDto confirm(@PathVariable Long id) {
		holidayApplications.confirm(CurrentUser.get(), id);
		return application(id);
	}

	@PostMapping("/applications/{id}/appeal")
	ApplicationDto appeal(@PathVariable Long id, @RequestBody Text body) {
		holidayApplications.appeal(CurrentUser.get(), id, body.text());
		return application(id);
	}

	@PostMapping("/applications/{id}/override")
	ApplicationDto override(@PathVariable Long id, @RequestBody OverrideBody body) {
		holidayPlaces.override(CurrentUser.get(), id, body.shiftId(), body.reason(), body.ageAcknowledged());
		return application(id);
	}

	@GetMapping("/shifts/{id}/participants")
	List<Map<String, Object>> participants(@PathVariable Long id) {
		return holidayLists.participants(CurrentUser.get(), id).stream().map(r -> participant(r, true)).toList();
	}

	@GetMapping("/buses/{id}/passengers")
	List<Map<String, Object>> passengers(@PathVariable Long id) {
		return holidayLists.passengers(CurrentUser.get(), id).stream().map(r -> participant(r, false)).toList();
	}

	private static Map<String, Object> participant(ApplicationRow r, boolean medical) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("applicationId", r.app().getId());
		m.put("name", r.childName() == null ? r.memberName() : r.childName());
		m.put("age", r.age());
		m.put("sex", r.childSex());
		m.put("member", r.memberName());
		m.put("matricule", r.matricule());
		m.put("wilayaCode", r.app().getWilayaCode());
		m.put("emergencyName1", r.app().getEmergencyName1());
		m.put("emergencyPhone1", r.app().getEmergencyPhone1());
		m.put("emergencyName2", r.app().getEmergencyName2());
		m.put("emergencyPhone2", r.app().getEmergencyPhone2());
		if (medical) {
			m.put("fit", r.app().isFit());
			m.put("medicalNotes", r.app().getMedicalNotes());
		}
		return m;
	}

	private ApplicationDto dto(SanadUser user, Application a) {
		return dto(user, holidayApplications.rows(List.of(a)).get(0));
	}

	private ApplicationDto dto(SanadUser user, ApplicationRow r) {
		Application a = r.app();
		return new ApplicationDto(a.getId(), a.getSeasonId(), a.getKind(), a.getMemberId(), r.matricule(),
				a.getChildId(), r.childName(), a.getWilayaCode(), a.choices(), a.isSiblingsTogether(), a.getStatus(),
				a.getPlacedShiftId(), a.getScore(), a.getRank(), a.getConfirmBy(), a.isOverridden(),
				a.getOverrideReason(), a.getAppealStatus() == null ? null : a.getAppealStatus().name(),
				holidayApplications.explanation(a).orElse(null));
	}
}
