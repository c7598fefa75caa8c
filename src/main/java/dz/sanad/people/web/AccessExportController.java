package dz.sanad.people.web;

import dz.sanad.people.PersonalData;
import dz.sanad.platform.CurrentUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/** The data protection officer's right-of-access downloads for any member or family member. */
@Controller
class AccessExportController {

	private final PersonalData personalData;

	AccessExportController(PersonalData personalData) {
		this.personalData = personalData;
	}

	@GetMapping(value = "/people/members/{id}/access.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> json(@PathVariable Long id, @RequestParam(required = false) Long family) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=sanad-access-" + id + ".json")
			.body(personalData.collect(CurrentUser.get(), id, family));
	}

	@GetMapping("/people/members/{id}/access.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable Long id, @RequestParam(required = false) Long family) {
		byte[] pdf = personalData.pdf(CurrentUser.get(), id, family, LocaleContextHolder.getLocale());
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=sanad-access-" + id + ".pdf").body(pdf);
	}
}
