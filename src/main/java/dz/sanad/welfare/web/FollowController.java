package dz.sanad.welfare.web;

import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Pages;
import dz.sanad.welfare.Concern;
import dz.sanad.welfare.ConcernThread;
import dz.sanad.welfare.MemberConcerns;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A pseudonymous concern followed by its code: the same thread, documents, appeal, reopening and rating as
 * self-service, reached only through the code (nothing ties it to the signed-in account, so the openings log is not
 * shown either, and what the submitter does is recorded without their name).
 */
@Controller
class FollowController {

	private final Pages pages;

	private final MemberConcerns members;

	private final ConcernThread thread;

	private final ConcernPage page;

	FollowController(Pages pages, MemberConcerns members, ConcernThread thread, ConcernPage page) {
		this.pages = pages;
		this.members = members;
		this.thread = thread;
		this.page = page;
	}

	@GetMapping("/welfare/follow")
	String ask() {
		return "welfare/follow";
	}

	@PostMapping("/welfare/follow")
	String go(@RequestParam(required = false) String code) {
		String c = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
		return c.isEmpty() ? "redirect:/welfare/follow" : "redirect:/welfare/follow/" + c;
	}

	@GetMapping("/welfare/follow/{code}")
	String detail(@PathVariable String code, Model model) {
		Concern c = members.byCode(code);
		page.fill(model, c, null);
		model.addAttribute("base", "/welfare/follow/" + code);
		model.addAttribute("pseudonymous", true);
		return "welfare/mine";
	}

	private String back(String code) {
		return "/welfare/follow/" + code;
	}

	@PostMapping("/welfare/follow/{code}/messages")
	String reply(@PathVariable String code, @RequestParam(required = false) String body,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes flash) {
		return pages.run(flash, back(code), "welfare.sent",
				() -> members.reply(members.byCode(code), body, Uploads.of(file)));
	}

	@PostMapping("/welfare/follow/{code}/documents")
	String document(@PathVariable String code, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes flash) {
		return pages.run(flash, back(code), "welfare.document-added",
				() -> members.addDocument(members.byCode(code), Uploads.of(file)));
	}

	@PostMapping("/welfare/follow/{code}/rating")
	String rate(@PathVariable String code, @RequestParam(defaultValue = "0") int rating,
			@RequestParam(required = false) String comment, RedirectAttributes flash) {
		return pages.run(flash, back(code), "welfare.rated",
				() -> members.rate(members.byCode(code), rating, comment));
	}

	@PostMapping("/welfare/follow/{code}/appeal")
	String appeal(@PathVariable String code, @RequestParam(required = false) String body, RedirectAttributes flash) {
		return pages.run(flash, back(code), "welfare.appealed", () -> members.appeal(members.byCode(code), body));
	}

	@PostMapping("/welfare/follow/{code}/reopen")
	String reopen(@PathVariable String code, @RequestParam(required = false) String body, RedirectAttributes flash) {
		return pages.run(flash, back(code), "welfare.reopened", () -> members.reopen(members.byCode(code), body));
	}

	@PostMapping("/welfare/follow/{code}/reveal")
	String reveal(@PathVariable String code, RedirectAttributes flash) {
		return pages.attempt(flash, "welfare.revealed", () -> members.reveal(CurrentUser.get(), code))
			.map(c -> "redirect:/welfare/my/" + c.getId()).orElse("redirect:" + back(code));
	}

	@GetMapping("/welfare/follow/{code}/files/{file}")
	ResponseEntity<byte[]> file(@PathVariable String code, @PathVariable long file) {
		return MyConcernsController.download(thread, members.byCode(code).getId(), file);
	}
}
