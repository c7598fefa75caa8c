package dz.sanad.people.web;

import dz.sanad.organisation.Organisation;
import dz.sanad.people.ConsentForm;
import dz.sanad.people.ConsentPurpose;
import dz.sanad.people.CorrectionField;
import dz.sanad.people.FamilyMember;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.people.PeopleConsents;
import dz.sanad.people.PeopleCorrections;
import dz.sanad.people.PersonalData;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.Pages;
import dz.sanad.platform.SanadUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;
import java.util.stream.Collectors;

/** The member's own page: their record and family, their consents, corrections, and their data to download. */
@Controller
@RequestMapping("/people/me")
class SelfServiceController {

	private final People people;

	private final PeopleConsents consents;

	private final PeopleCorrections corrections;

	private final PersonalData personalData;

	private final Organisation organisation;

	private final Pages pages;

	SelfServiceController(People people, PeopleConsents consents, PeopleCorrections corrections,
			PersonalData personalData, Organisation organisation, Pages pages) {
		this.pages = pages;
		this.people = people;
		this.consents = consents;
		this.corrections = corrections;
		this.personalData = personalData;
		this.organisation = organisation;
	}

	private Member me(SanadUser user) {
		if (user.memberId() == null) {
			throw new NotFoundException("no member linked to " + user.getUsername());
		}
		return people.memberFor(user, user.memberId());
	}

	@GetMapping
	String page(Model model) {
		SanadUser user = CurrentUser.get();
		Member m = me(user);
		model.addAttribute("member", m);
		model.addAttribute("unit", organisation.find(m.getUnitId()).orElse(null));
		model.addAttribute("family", people.familyOf(m.getId()));
		model.addAttribute("familyNames", people.familyOf(m.getId()).stream()
			.collect(Collectors.toMap(FamilyMember::getId, f -> f.name(LocaleContextHolder.getLocale()))));
		model.addAttribute("consentable", people.familyOf(m.getId()).stream().filter(PeopleConsents::byGuardian).toList());
		model.addAttribute("consents", consents.of(user, m.getId()));
		model.addAttribute("corrections", corrections.mine(user));
		model.addAttribute("fields", CorrectionField.values());
		model.addAttribute("purposes", ConsentPurpose.values());
		return "people/me";
	}

	@PostMapping("/corrections")
	String requestCorrection(@RequestParam(required = false) Long familyMemberId,
			@RequestParam(required = false) CorrectionField field, @RequestParam(required = false) String requestedValue,
			@RequestParam(required = false) String comment, RedirectAttributes flash) {
		return pages.run(flash, "/people/me#corrections", "correction.sent",
				() -> corrections.request(CurrentUser.get(), familyMemberId, field, requestedValue, comment));
	}

	@PostMapping("/consents")
	String consent(@RequestParam(required = false) Long familyMemberId,
			@RequestParam(required = false) ConsentPurpose purpose, @RequestParam(required = false) String scope,
			RedirectAttributes flash) {
		SanadUser user = CurrentUser.get();
		ConsentForm form = new ConsentForm();
		form.setFamilyMemberId(familyMemberId);
		form.setPurpose(purpose);
		form.setScope(scope);
		form.setGuardian(familyMemberId != null);
		form.setGivenBy(user.getUsername());
		return pages.run(flash, "/people/me#consents", "consent.saved", () -> {
			if (purpose == null) {
				throw BusinessException.onField("purpose", "consent.error.form");
			}
			consents.record(user, me(user).getId(), form);
		});
	}

	@PostMapping("/consents/{id}/withdraw")
	String withdraw(@PathVariable Long id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
		return pages.run(flash, "/people/me#consents", "consent.withdrawn",
				() -> consents.withdraw(CurrentUser.get(), id, reason));
	}

	@GetMapping(value = "/access.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, Object>> json(@RequestParam(required = false) Long family) {
		SanadUser user = CurrentUser.get();
		return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=sanad-my-data.json")
			.body(personalData.collect(user, me(user).getId(), family));
	}

	@GetMapping("/access.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) Long family) {
		SanadUser user = CurrentUser.get();
		byte[] pdf = personalData.pdf(user, me(user).getId(), family, LocaleContextHolder.getLocale());
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=sanad-my-data.pdf").body(pdf);
	}
}
