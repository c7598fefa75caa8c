package dz.sanad.people.web;

import dz.sanad.people.Correction;
import dz.sanad.people.CorrectionStatus;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.people.PeopleCorrections;
import dz.sanad.organisation.Organisation;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Pages;
import dz.sanad.platform.Paging;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.Xlsx;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The officers' queue of correction requests: accept (the record is corrected) or refuse with a reason. */
@Controller
@RequestMapping("/people/corrections")
class CorrectionController {

	private final PeopleCorrections corrections;

	private final People people;

	private final Organisation organisation;

	private final Xlsx xlsx;

	private final Pages pages;

	CorrectionController(PeopleCorrections corrections, People people, Organisation organisation, Xlsx xlsx,
			Pages pages) {
		this.pages = pages;
		this.corrections = corrections;
		this.people = people;
		this.organisation = organisation;
		this.xlsx = xlsx;
	}

	@GetMapping
	String list(PeopleCorrections.Filter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model) {
		SanadUser user = CurrentUser.get();
		var result = corrections.search(user, filter,
				Paging.of(page, size, Sort.by(Sort.Direction.DESC, "requestedAt")));
		model.addAttribute("filter", filter);
		model.addAttribute("page", result);
		model.addAttribute("statuses", CorrectionStatus.values());
		model.addAttribute("wilayas", organisation.wilayasOf(CurrentUser.get()));
		model.addAttribute("members", people.members(result.getContent().stream().map(Correction::getMemberId)
			.collect(Collectors.toSet())));
		model.addAttribute("relatives", people.familyMembers(result.getContent().stream()
			.map(Correction::getFamilyMemberId).filter(java.util.Objects::nonNull).collect(Collectors.toSet())));
		return "people/corrections";
	}

	@GetMapping("/export")
	void export(PeopleCorrections.Filter filter, HttpServletResponse response) {
		SanadUser user = CurrentUser.get();
		List<Correction> all = corrections.searchAll(user, filter);
		Map<Long, Member> members = people.members(all.stream().map(Correction::getMemberId).collect(Collectors.toSet()));
		var locale = LocaleContextHolder.getLocale();
		xlsx.export(response, "corrections", List.<Xlsx.Column<Correction>>of(
				Xlsx.col("member.matricule", c -> members.get(c.getMemberId()).getMatricule()),
				Xlsx.col("member.name", c -> members.get(c.getMemberId()).name(locale)),
				Xlsx.col("correction.field", c -> c.getField()),
				Xlsx.col("correction.current", Correction::getCurrentValue),
				Xlsx.col("correction.requested", Correction::getRequestedValue),
				Xlsx.col("correction.comment", Correction::getComment),
				Xlsx.col("correction.status", c -> c.getStatus()),
				Xlsx.col("correction.requestedAt", c -> c.getRequestedAt().atZone(dz.sanad.platform.Formats.ZONE).toLocalDateTime()),
				Xlsx.col("correction.decidedBy", Correction::getDecidedBy),
				Xlsx.col("correction.reason", Correction::getReason)), all.stream(), String.valueOf(filter));
	}

	@PostMapping("/{id}/accept")
	String accept(@PathVariable Long id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
		return pages.run(flash, "/people/corrections", "correction.accepted",
				() -> corrections.accept(CurrentUser.get(), id, reason));
	}

	@PostMapping("/{id}/refuse")
	String refuse(@PathVariable Long id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
		return pages.run(flash, "/people/corrections", "correction.refused",
				() -> corrections.refuse(CurrentUser.get(), id, reason));
	}
}
